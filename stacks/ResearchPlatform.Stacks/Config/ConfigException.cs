namespace ResearchPlatform.Stacks.Config;

/// <summary>The stack config is invalid; carries every error found, each with its key path.</summary>
public sealed class ConfigException(string stack, IReadOnlyList<ConfigError> errors)
    : Exception($"stack '{stack}' has {errors.Count} config error(s):\n" + string.Join("\n", errors))
{
    public string Stack { get; } = stack;

    public IReadOnlyList<ConfigError> Errors { get; } = errors;
}
