using System.CommandLine;
using ResearchPlatform.Stacks.Policy;

namespace ResearchPlatform.Cli;

/// <summary><c>check &lt;stack&gt;</c>: the platform's security and safety policy over the stack's plan.</summary>
public static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var stack = CliOptions.Stack();
        var dir = CliOptions.Dir();
        var format = new Option<string>("--format")
        {
            Description = "text (one line per finding), json, or sarif (SARIF 2.1.0 for code scanning)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("check", $"Check the stack's plan against the policy rules; exit {ExitCodes.PolicyFindings} when any finding is left.")
        {
            stack, dir, format,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var name = parse.GetValue(stack)!;
            var plan = CliContext.Plan(CliContext.ProjectDirectory(parse.GetValue(dir)), name);
            var findings = PolicyChecker.Check(plan);
            context.Output.Write(parse.GetValue(format) switch
            {
                "json" => PolicyReport.Json(name, findings),
                "sarif" => PolicyReport.Sarif(name, findings),
                _ => PolicyReport.Text(name, findings),
            });
            return findings.Count == 0 ? ExitCodes.Success : ExitCodes.PolicyFindings;
        }));
        return command;
    }
}
