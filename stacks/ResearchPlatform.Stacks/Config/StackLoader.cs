using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Config;

/// <summary>Raw config to a validated stack: bind, check every rule, report all errors together.</summary>
public static class StackLoader
{
    /// <summary>Loads <c>Pulumi.&lt;stack&gt;.yaml</c> from <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigException">The config is invalid; every error is in it.</exception>
    public static LoadedStack Load(string directory, string stack)
    {
        var raw = StackConfigFile.Load(directory, stack);
        return FromRaw(raw with { Peers = SitePeers.Of(directory, raw) });
    }

    /// <summary>Binds and validates raw config from either source.</summary>
    /// <param name="raw">The raw config.</param>
    /// <param name="rules">The cross-section rules; default <see cref="StackValidator.Rules"/>.</param>
    /// <exception cref="ConfigException">The config is invalid; every error is in it.</exception>
    public static LoadedStack FromRaw(RawStackConfig raw, IReadOnlyList<IConfigRule>? rules = null)
    {
        var errors = ProviderConfigRules.Check(raw).ToList();
        errors.AddRange(SiteValues.Check(raw));
        errors.AddRange(SitePeers.Check(raw));
        var prefix = ConfigPath.Namespace + ":";
        var sections = new ConfigMapping(raw.Keys
            .Where(k => k.Key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => KeyValuePair.Create(k.Key[prefix.Length..], k.Value))
            .ToList());
        var binder = new ConfigBinder(raw.Source);
        var config = binder.Bind<StackConfig>(sections, prefix);
        errors.AddRange(binder.Errors);

        // A value that failed to bind holds a placeholder. A rule that reads none runs as usual; one
        // that reads some runs over two sets of placeholders, and only the errors it reports with both
        // (so not about the broken values) are kept, where no binding error already stands.
        var all = rules ?? StackValidator.Rules;
        bool Touches(IConfigRule rule) => binder.Errors.Any(b => Reads(rule, b.Path));
        bool Reads(IConfigRule rule, string path) => rule.Reads.Any(read => ConfigPath.IsWithin(path, read) || ConfigPath.IsWithin(read, path));
        errors.AddRange(StackValidator.Check(config, all.Where(r => !Touches(r)).ToList()));
        var touched = all.Where(r => Touches(r) && !binder.StructuralFailures.Any(path => Reads(r, path))).ToList();
        if (touched.Count > 0)
        {
            var other = new ConfigBinder(raw.Source, alternate: true).Bind<StackConfig>(sections, prefix);
            var again = Judged(other, touched).Select(e => e.ToString()).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(Judged(config, touched)
                .Where(e => again.Contains(e.ToString()))
                .Where(e => !binder.Errors.Any(b => ConfigPath.IsWithin(e.Path, b.Path) || ConfigPath.IsWithin(b.Path, e.Path))));
        }

        if (errors.Count > 0)
        {
            throw new ConfigException(raw.Stack, errors);
        }

        return new LoadedStack(raw.Stack, config);
    }

    // A rule over placeholders may meet values it never sees in valid config (a count of -1); what it
    // cannot judge there it does not report, rule by rule.
    private static IEnumerable<ConfigError> Judged(StackConfig config, IReadOnlyList<IConfigRule> rules) => rules.SelectMany(rule =>
    {
        try
        {
            return rule.Check(config).ToList();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException or IndexOutOfRangeException or FormatException)
        {
            return [];
        }
    });
}
