using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>Name shapes the platform relies on.</summary>
public static partial class Names
{
    /// <summary>Whether <paramref name="name"/> is an RFC 1123 DNS label.</summary>
    public static bool IsDnsLabel(string name) => name.Length <= 63 && Label().IsMatch(name);

    /// <summary>Whether <paramref name="name"/> is a DNS name of one or more labels.</summary>
    public static bool IsDnsName(string name) => name.Length <= 253 && name.Split('.').All(IsDnsLabel);

    /// <summary>The message for a name that is not a DNS label.</summary>
    public static string NotALabel(string name) =>
        $"must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got '{name}')";

    /// <summary>
    /// The errors of a list whose items are named by <paramref name="key"/>: each name a DNS label,
    /// none <paramref name="reserved"/>, none twice.
    /// </summary>
    public static IEnumerable<ConfigError> UniqueLabels(string listPath, string key, IReadOnlyList<string> names, string noun, (string Name, string Message)? reserved = null)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var path = ConfigPath.Child(ConfigPath.Item(listPath, i), key);
            if (!IsDnsLabel(names[i]))
            {
                yield return new(path, NotALabel(names[i]));
            }
            else if (reserved is { } r && names[i] == r.Name)
            {
                yield return new(path, r.Message);
            }
            else if (seen.TryGetValue(names[i], out var first))
            {
                yield return new(path, $"'{names[i]}' is already the {key} of {ConfigPath.Item(listPath, first)}; {noun} must be unique");
            }
            else
            {
                seen[names[i]] = i;
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z")]
    private static partial Regex Label();
}
