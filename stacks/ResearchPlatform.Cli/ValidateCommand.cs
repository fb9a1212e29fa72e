using System.CommandLine;

namespace ResearchPlatform.Cli;

/// <summary><c>validate &lt;stack&gt;</c>: config and plan checks, nothing written.</summary>
public static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var stack = CliOptions.Stack();
        var dir = CliOptions.Dir();
        var command = new Command("validate", "Check the stack's config and plan; report every error with its config key path.")
        {
            stack, dir,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(stack)!;
            var plan = CliContext.Plan(CliContext.ProjectDirectory(parse.GetValue(dir)), name);
            context.Output.WriteLine(
                $"stack '{name}' is valid: {plan.Components.Count} components, {plan.Resources.Count()} resources, dependency depth {plan.Graph.Depth}");
            return ExitCodes.Success;
        }));
        return command;
    }
}
