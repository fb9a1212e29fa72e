using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Cli;

/// <summary>What every command shares: where stack files are, and where to write messages.</summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>The directory of the stack files: the given one, else the nearest with a Pulumi.yaml, else the current one.</summary>
    public static string ProjectDirectory(string? given)
    {
        if (given is not null)
        {
            return given;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pulumi.yaml")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>Loads, validates and composes a stack.</summary>
    /// <exception cref="ConfigException">The stack config is invalid.</exception>
    public static PlatformPlan Plan(string directory, string stack) => PlatformComposer.Compose(StackLoader.Load(directory, stack));

    /// <summary>Reports invalid config, every error on its own line.</summary>
    public int Invalid(ConfigException e)
    {
        foreach (var error in e.Errors)
        {
            Error.WriteLine($"error: {error}");
        }

        Error.WriteLine($"stack '{e.Stack}': {e.Errors.Count} error(s); nothing was written");
        return ExitCodes.InvalidInput;
    }

    /// <summary>Runs a command body, turning failures into messages and exit codes.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (ConfigException e)
        {
            return Invalid(e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlanException)
        {
            Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of the tool, not of the input: one line an operator can report, no stack trace.
            var inner = e is TypeInitializationException { InnerException: { } cause } ? cause : e;
            Error.WriteLine($"error: unexpected failure ({inner.GetType().Name}: {inner.Message}); nothing was written. Please report it with the command you ran.");
            return ExitCodes.Failure;
        }
    }
}
