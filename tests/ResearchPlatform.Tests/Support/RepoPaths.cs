namespace ResearchPlatform.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the directory holding ResearchPlatform.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed golden render of a stack.</summary>
    public static string Golden(string stack) => Path.Combine(Root, "tests", "golden", stack);

    /// <summary>The platform layer both example stacks build on, beside them.</summary>
    public const string PlatformLayer = "platform.yaml";

    /// <summary>Copies <paramref name="stack"/>'s stack file and the platform layer it imports into <paramref name="directory"/>.</summary>
    public static void CopyStack(string directory, string stack)
    {
        File.Copy(Path.Combine(Root, $"Pulumi.{stack}.yaml"), Path.Combine(directory, $"Pulumi.{stack}.yaml"));
        File.Copy(Path.Combine(Root, PlatformLayer), Path.Combine(directory, PlatformLayer), overwrite: true);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResearchPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResearchPlatform.sln not found above the test binaries");
    }
}
