using System.CommandLine;
using ResearchPlatform.Stacks.Rendering;

namespace ResearchPlatform.Cli;

/// <summary><c>diff &lt;stackA&gt; &lt;stackB&gt;</c>: what differs between two stacks' renders, file by file.</summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var left = CliOptions.Stack("stackA");
        var right = CliOptions.Stack("stackB");
        var dir = CliOptions.Dir();
        var command = new Command("diff", "Show what differs between the renders of two stacks, file by file (prod vs dr).")
        {
            left, right, dir,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var project = CliContext.ProjectDirectory(parse.GetValue(dir));
            var a = parse.GetValue(left)!;
            var b = parse.GetValue(right)!;
            var leftTree = OfflineRenderer.Compile(CliContext.Plan(project, a));
            var rightTree = OfflineRenderer.Compile(CliContext.Plan(project, b));
            context.Output.Write(TreeDiff.Format(a, leftTree, b, rightTree));
            return ExitCodes.Success;
        }));
        return command;
    }
}
