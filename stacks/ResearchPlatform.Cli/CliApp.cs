using System.CommandLine;

namespace ResearchPlatform.Cli;

/// <summary>The command line of the offline tool.</summary>
public static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>; usage errors exit with 2.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand(
            "research-platform: plan, validate and render the data-science platform of one stack, offline.\n" +
            "Exit codes: 0 success, 1 unexpected failure, 2 invalid config or usage (nothing written), 3 policy findings (check).")
        {
            RenderCommand.Create(context),
            ValidateCommand.Create(context),
            CheckCommand.Create(context),
            DiffCommand.Create(context),
            GraphCommand.Create(context),
            StackConfigCommand.Create(context),
            RunbookCommand.Create(context),
        };
        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error };
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("run 'research-platform --help' for usage");
            return ExitCodes.InvalidInput;
        }

        return parse.Invoke(invocation);
    }
}
