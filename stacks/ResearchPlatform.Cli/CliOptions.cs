using System.CommandLine;

namespace ResearchPlatform.Cli;

/// <summary>Arguments and options shared by several commands.</summary>
public static class CliOptions
{
    public static Argument<string> Stack(string name = "stack") => new(name)
    {
        Description = "the stack name: reads Pulumi.<stack>.yaml (prod, dr)",
    };

    public static Option<string?> Dir() => new("--dir")
    {
        Description = "the directory of Pulumi.yaml and the stack files (default: the nearest one above the current directory)",
    };
}
