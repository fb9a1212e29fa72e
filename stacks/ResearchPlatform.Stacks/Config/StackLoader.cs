using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Config;

/// <summary>Raw config to a validated stack: bind, check every rule, report all errors together.</summary>
public static class StackLoader
{
    /// <summary>Loads <c>Pulumi.&lt;stack&gt;.yaml</c> from <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigException">The config is invalid; every error is in it.</exception>
    public static LoadedStack Load(string directory, string stack) => FromRaw(StackConfigFile.Load(directory, stack));

    /// <summary>Binds and validates raw config from either source.</summary>
    /// <exception cref="ConfigException">The config is invalid; every error is in it.</exception>
    public static LoadedStack FromRaw(RawStackConfig raw)
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

        // A value that failed to bind holds a placeholder; what rules say about it would only repeat the error.
        errors.AddRange(StackValidator.Check(config)
            .Where(e => !binder.Errors.Any(b => ConfigPath.IsWithin(e.Path, b.Path))));
        if (errors.Count > 0)
        {
            throw new ConfigException(raw.Stack, errors);
        }

        return new LoadedStack(raw.Stack, config);
    }
}
