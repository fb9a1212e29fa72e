namespace ResearchPlatform.Stacks.Config;

/// <summary>The stack config is invalid; carries every error found, each with its key path.</summary>
public sealed class ConfigException(string stack, IReadOnlyList<ConfigError> errors)
    : Exception($"stack '{stack}' has {errors.Count} config error(s):\n" + string.Join("\n", errors))
{
    public string Stack { get; } = stack;

    public IReadOnlyList<ConfigError> Errors { get; } = errors;

    /// <summary>
    /// The same errors, with the message of every error under a secret key replaced: a message may
    /// quote the value it judges, and under such a key any value may have been a secret.
    /// </summary>
    public ConfigException Redacted(IReadOnlySet<string> secretKeys) => new(
        Stack,
        Errors.Select(e => secretKeys.Any(key => ConfigPath.IsWithin(e.Path, key))
            ? e with { Message = $"is invalid; the value is under a secret key, so run 'research-platform validate {Stack}' to see why" }
            : e).ToList());
}
