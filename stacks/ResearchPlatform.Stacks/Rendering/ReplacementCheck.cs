using System.Text;
using System.Text.Json;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// Compares a new plan with an earlier render's plan.json: a protected resource that is gone, or whose
/// replacing properties changed, would be deleted or replaced, which a reviewer must see before anyone
/// runs <c>pulumi up</c>.
/// </summary>
public static class ReplacementCheck
{
    /// <summary>
    /// One warning per protected resource that replacing the render whose plan.json is at
    /// <paramref name="earlierPlanJsonPath"/> with <paramref name="tree"/> would delete or replace.
    /// </summary>
    /// <exception cref="JsonException">The earlier plan.json is not JSON.</exception>
    public static IReadOnlyList<string> Compare(string earlierPlanJsonPath, RenderedTree tree)
    {
        var next = tree.Utf8("plan.json");

        // The same plan deletes and replaces nothing: re-rendering an unchanged stack parses neither,
        // and the earlier one is compared piece by piece, never read whole.
        if (Same(earlierPlanJsonPath, next.Span))
        {
            return [];
        }

        var earlier = File.ReadAllBytes(earlierPlanJsonPath);

        // Read as File.ReadAllText reads it (a byte order mark decides the encoding).
        using var reader = new StreamReader(new MemoryStream(earlier), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Compare(reader.ReadToEnd(), Encoding.UTF8.GetString(next.Span));
    }

    private static bool Same(string path, ReadOnlySpan<byte> expected)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (RandomAccess.GetLength(handle) != expected.Length)
        {
            return false;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var offset = 0;
            while (offset < expected.Length)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, expected.Length - offset)), offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(expected.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            // Nothing after the expected end either.
            return RandomAccess.Read(handle, buffer.AsSpan(0, 1), offset) == 0;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One warning per protected resource that the change would delete or replace.</summary>
    public static IReadOnlyList<string> Compare(string earlierPlanJson, string newPlanJson)
    {
        // The same plan deletes and replaces nothing: re-rendering an unchanged stack parses neither.
        if (string.Equals(earlierPlanJson, newPlanJson, StringComparison.Ordinal))
        {
            return [];
        }

        using var earlier = JsonDocument.Parse(earlierPlanJson);
        using var next = JsonDocument.Parse(newPlanJson);
        var before = Resources(earlier.RootElement);
        var after = Resources(next.RootElement);
        var warnings = new List<string>();
        foreach (var (name, old) in before.Where(r => !after.ContainsKey(r.Key) && r.Value.GetProperty("options").GetProperty("protect").GetBoolean()))
        {
            var kept = old.GetProperty("options").TryGetProperty("retainOnDelete", out var retain) && retain.GetBoolean();
            warnings.Add($"{name} ({old.GetProperty("kind").GetString()}) is protected and would be deleted: it is no longer in the plan. " +
                $"pulumi up stops at it until 'pulumi state unprotect'{(kept ? "; even then the real object is kept (retained on delete)" : "")}. " +
                "If it was renamed, add an alias instead of deleting it.");
        }

        foreach (var (name, resource) in after)
        {
            if (!before.TryGetValue(name, out var old) || !resource.GetProperty("options").GetProperty("protect").GetBoolean())
            {
                continue;
            }

            var changed = resource.GetProperty("replacedBy").EnumerateArray()
                .Select(p => p.GetString()!)
                .Where(p => Value(old, p) != Value(resource, p))
                .Select(p => $"{p} {Value(old, p)} -> {Value(resource, p)}")
                .ToList();
            if (changed.Count > 0)
            {
                warnings.Add($"{name} ({resource.GetProperty("kind").GetString()}) is protected and would be replaced: {string.Join("; ", changed)}. " +
                    "pulumi up stops at it until 'pulumi state unprotect'; for control-plane nodes replace one at a time.");
            }
        }

        return warnings;
    }

    private static Dictionary<string, JsonElement> Resources(JsonElement plan) => plan.GetProperty("components").EnumerateArray()
        .SelectMany(c => c.GetProperty("resources").EnumerateArray())
        .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.Clone());

    private static string Value(JsonElement resource, string property) =>
        resource.GetProperty("properties").TryGetProperty(property, out var value) ? value.GetRawText() : "(none)";
}
