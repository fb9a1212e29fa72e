namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// The platform layer under a stack file, combined the way Pulumi combines an ESC environment's
/// <c>pulumiConfig</c> with a stack's config: mappings merge key by key, the stack file winning;
/// a list or a scalar in the stack file replaces the layer's whole.
/// </summary>
public static class ConfigLayers
{
    /// <summary><paramref name="upper"/> over <paramref name="lower"/>: the lower layer's keys in order, then the upper's new ones.</summary>
    public static IReadOnlyList<KeyValuePair<string, ConfigNode>> Merge(IReadOnlyList<KeyValuePair<string, ConfigNode>> lower, IReadOnlyList<KeyValuePair<string, ConfigNode>> upper)
    {
        var over = upper.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var merged = lower.Select(e => over.TryGetValue(e.Key, out var top) ? KeyValuePair.Create(e.Key, Merge(e.Value, top)) : e).ToList();
        var known = lower.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        merged.AddRange(upper.Where(e => !known.Contains(e.Key)));
        return merged;
    }

    private static ConfigNode Merge(ConfigNode lower, ConfigNode upper) =>
        lower is ConfigMapping l && upper is ConfigMapping u ? new ConfigMapping(Merge(l.Entries, u.Entries)) : upper;

    /// <summary>
    /// The paths of the values <paramref name="keys"/> set, as <c>pulumi config set --path</c> spells
    /// them: every scalar and secret, and every list as a whole (a list is one value when layers combine).
    /// </summary>
    public static IEnumerable<string> ValuePaths(IEnumerable<KeyValuePair<string, ConfigNode>> keys) =>
        keys.SelectMany(k => PathsUnder(k.Key, k.Value));

    private static IEnumerable<string> PathsUnder(string path, ConfigNode node) => node is ConfigMapping mapping && mapping.Entries.Count > 0
        ? mapping.Entries.SelectMany(e => PathsUnder(ConfigPath.Child(path, e.Key), e.Value))
        : [path];
}
