namespace ResearchPlatform.Stacks.Config;

/// <summary>Did-you-mean suggestions for misspelt keys.</summary>
public static class Suggestions
{
    /// <summary>The known key closest to <paramref name="key"/>, if close enough to be a likely typo.</summary>
    public static string? Closest(string key, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, key.Length / 3) ? best.Key : null;
    }

    /// <summary>The Levenshtein distance: inserts, deletes and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
