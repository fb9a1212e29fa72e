using System.CommandLine;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Cli;

/// <summary><c>stack-config &lt;stack&gt;</c>: the merged stack file Pulumi runs with, on standard output.</summary>
public static class StackConfigCommand
{
    public static Command Create(CliContext context)
    {
        var stack = CliOptions.Stack();
        var dir = CliOptions.Dir();
        var command = new Command("stack-config", "Print the stack file merged over its platform layer, for 'pulumi up --config-file' (checked first; secrets stay ciphertext).")
        {
            stack, dir,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(stack)!;
            var project = CliContext.ProjectDirectory(parse.GetValue(dir));

            // The same checks as validate first: Pulumi never sees a file the offline tools refuse.
            _ = CliContext.Plan(project, name);
            context.Output.Write(MergedStackFile.Build(project, name));
            return ExitCodes.Success;
        }));
        return command;
    }
}
