namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// The values in which two stacks' config differ, after the platform layer is merged under each: with
/// one layer for both sites, every difference must be a site value (<see cref="SiteValues"/>).
/// </summary>
public static class ConfigDiff
{
    /// <summary>One differing value: its path, each side's value (null where a side has none), and whether it is a site value.</summary>
    public sealed record Difference(string Path, string? Left, string? Right, bool IsSiteValue);

    /// <summary>The differences between <paramref name="left"/> and <paramref name="right"/>, in path order.</summary>
    public static IReadOnlyList<Difference> Between(RawStackConfig left, RawStackConfig right)
    {
        var a = Values(left.Keys);
        var b = Values(right.Keys);
        return a.Keys.Union(b.Keys, StringComparer.Ordinal)
            .Where(path => a.GetValueOrDefault(path) != b.GetValueOrDefault(path))
            .Order(StringComparer.Ordinal)
            .Select(path => new Difference(path, a.GetValueOrDefault(path), b.GetValueOrDefault(path), SiteValues.Contains(path)))
            .ToList();
    }

    /// <summary>The lines <c>diff</c> prints for <paramref name="differences"/>.</summary>
    public static string Format(string leftStack, string rightStack, IReadOnlyList<Difference> differences)
    {
        var shared = differences.Count(d => !d.IsSiteValue);
        var text = new System.Text.StringBuilder($"config: {differences.Count} values differ between {leftStack} and {rightStack}, ");
        text.Append(shared == 0 ? "every one a site value\n" : $"{shared} of them not site values: set those once in the platform layer\n");
        foreach (var d in differences)
        {
            text.Append($"  {d.Path}: {d.Left ?? "(none)"} -> {d.Right ?? "(none)"}{(d.IsSiteValue ? "" : "  [not a site value]")}\n");
        }

        return text.Append('\n').ToString();
    }

    private static Dictionary<string, string> Values(IEnumerable<KeyValuePair<string, ConfigNode>> keys)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, node) in keys)
        {
            Add(values, key, node);
        }

        return values;
    }

    private static void Add(Dictionary<string, string> values, string path, ConfigNode node)
    {
        switch (node)
        {
            case ConfigMapping { Entries.Count: > 0 } mapping:
                foreach (var (key, child) in mapping.Entries)
                {
                    Add(values, ConfigPath.Child(path, key), child);
                }

                break;
            case ConfigSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Add(values, ConfigPath.Item(path, i), sequence.Items[i]);
                }

                break;
            default:
                values[path] = Shown(node);
                break;
        }
    }

    // A secret is shown as one, never by its ciphertext: two sites' secrets are different values only where they are at different paths.
    private static string Shown(ConfigNode node) => node switch
    {
        ConfigSecret => "(secret)",
        ConfigScalar { Value: null } => "null",
        ConfigScalar scalar => Config.Shown.Of(scalar.Value!),
        _ => "{}",
    };
}
