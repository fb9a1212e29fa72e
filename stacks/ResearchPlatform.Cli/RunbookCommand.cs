using System.CommandLine;
using ResearchPlatform.Stacks.Recovery;

namespace ResearchPlatform.Cli;

/// <summary><c>runbook &lt;stack&gt;</c>: the failover runbook of the site taking over, generated from its plan.</summary>
public static class RunbookCommand
{
    public static Command Create(CliContext context)
    {
        var stack = CliOptions.Stack();
        var dir = CliOptions.Dir();
        var command = new Command("runbook", "Print the failover and failback runbook of the stack's site taking over: steps, checks, modelled recovery time, RPOs.")
        {
            stack, dir,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var plan = CliContext.Plan(CliContext.ProjectDirectory(parse.GetValue(dir)), parse.GetValue(stack)!);
            context.Output.Write(plan.Documents[RunbookWriter.FileName]);
            return ExitCodes.Success;
        }));
        return command;
    }
}
