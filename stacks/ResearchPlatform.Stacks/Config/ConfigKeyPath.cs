using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// A config key path as <c>pulumi config set --path</c> spells it
/// (<c>research-platform:storage.svms[0].password</c>): the stack config key, then the way down.
/// </summary>
public sealed partial record ConfigKeyPath(string Key, IReadOnlyList<object> Segments)
{
    /// <summary>Splits a path into its key and segments (strings for mapping keys, ints for list indexes).</summary>
    /// <exception cref="FormatException">The path is not of that form.</exception>
    public static ConfigKeyPath Parse(string path)
    {
        var match = Shape().Match(path);
        if (!match.Success)
        {
            throw new FormatException($"'{path}' is not a config key path such as research-platform:section.key[0].leaf");
        }

        var segments = Segment().Matches(match.Groups["rest"].Value)
            .Select(m => m.Groups["index"].Success ? (object)int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : m.Groups["name"].Value)
            .ToList();
        return new ConfigKeyPath($"{match.Groups["ns"].Value}:{match.Groups["key"].Value}", segments);
    }

    /// <summary>The value at this path's segments inside the key's JSON value.</summary>
    /// <exception cref="KeyNotFoundException">The value has no such entry.</exception>
    public JsonElement Navigate(JsonElement root)
    {
        var node = root;
        foreach (var segment in Segments)
        {
            node = segment switch
            {
                int i when node.ValueKind == JsonValueKind.Array && i < node.GetArrayLength() => node[i],
                string name when node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var child) => child,
                _ => throw new KeyNotFoundException($"config value {Key} has nothing at {string.Join("", Segments.Select(s => s is int i ? $"[{i}]" : $".{s}"))}"),
            };
        }

        return node;
    }

    // Mapping keys may hold '-' and '_' (a dictionary's keys, such as an identity's name); indexes are ASCII digits.
    [GeneratedRegex(@"^(?<ns>[a-z][-a-z0-9]*):(?<key>[A-Za-z][A-Za-z0-9]*)(?<rest>(\.[A-Za-z][-_A-Za-z0-9]*|\[[0-9]+\])*)\z")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\.(?<name>[A-Za-z][-_A-Za-z0-9]*)|\[(?<index>[0-9]+)\]")]
    private static partial Regex Segment();
}
