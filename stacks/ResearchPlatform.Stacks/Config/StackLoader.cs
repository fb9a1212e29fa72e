using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Config;

/// <summary>Raw config to a validated stack: bind, check every rule, report all errors together.</summary>
public static class StackLoader
{
    /// <summary>Loads <c>Pulumi.&lt;stack&gt;.yaml</c> from <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigException">The config is invalid; every error is in it.</exception>
    public static LoadedStack Load(string directory, string stack) => FromRaw(StackConfigFile.Load(directory, stack));

    /// <summary>Binds and validates raw config from either source.</summary>
    /// <param name="raw">The raw config.</param>
    /// <param name="rules">The cross-section rules; default <see cref="StackValidator.Rules"/>.</param>
    /// <exception cref="ConfigException">The config is invalid; every error is in it.</exception>
    public static LoadedStack FromRaw(RawStackConfig raw, IReadOnlyList<IConfigRule>? rules = null)
    {
        var errors = ProviderConfigRules.Check(raw).ToList();
        var prefix = ConfigPath.Namespace + ":";
        var sections = new ConfigMapping(raw.Keys
            .Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => KeyValuePair.Create(k.Key[prefix.Length..], k.Value))
            .ToList());
        var binder = new ConfigBinder(raw.Source);
        var config = binder.Bind<StackConfig>(sections, prefix);
        errors.AddRange(binder.Errors);

        // A value that failed to bind holds a placeholder: rules that read it are not run.
        var runnable = (rules ?? StackValidator.Rules)
            .Where(rule => !binder.Errors.Any(b => rule.Reads.Any(read => ConfigPath.IsWithin(b.Path, read) || ConfigPath.IsWithin(read, b.Path))))
            .ToList();
        errors.AddRange(StackValidator.Check(config, runnable));
        if (errors.Count > 0)
        {
            throw new ConfigException(raw.Stack, errors);
        }

        return new LoadedStack(raw.Stack, config);
    }
}
