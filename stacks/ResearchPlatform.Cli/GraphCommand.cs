using System.CommandLine;
using ResearchPlatform.Stacks.Rendering;

namespace ResearchPlatform.Cli;

/// <summary><c>graph &lt;stack&gt;</c>: the components and their dependencies as a Mermaid diagram.</summary>
public static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var stack = CliOptions.Stack();
        var dir = CliOptions.Dir();
        var command = new Command("graph", "Print the components and their dependencies as a Mermaid flowchart.")
        {
            stack, dir,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var plan = CliContext.Plan(CliContext.ProjectDirectory(parse.GetValue(dir)), parse.GetValue(stack)!);
            context.Output.Write(MermaidGraph.Build(plan));
            return ExitCodes.Success;
        }));
        return command;
    }
}
