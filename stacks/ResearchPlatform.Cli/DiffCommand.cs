using System.CommandLine;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Rendering;

namespace ResearchPlatform.Cli;

/// <summary><c>diff &lt;stackA&gt; &lt;stackB&gt;</c>: which config values differ (each a site value, or flagged), then the renders file by file.</summary>
public static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var left = CliOptions.Stack("stackA");
        var right = CliOptions.Stack("stackB");
        var dir = CliOptions.Dir();
        var command = new Command("diff", "Show which config values differ between two stacks (site values only, with one platform layer), then their renders file by file (prod vs dr).")
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

            // First what the two stack files (over the platform layer) set differently, then what that renders.
            context.Output.Write(ConfigDiff.Format(a, b, ConfigDiff.Between(StackConfigFile.Load(project, a), StackConfigFile.Load(project, b))));
            context.Output.Write(TreeDiff.Format(a, leftTree, b, rightTree));
            return ExitCodes.Success;
        }));
        return command;
    }
}
