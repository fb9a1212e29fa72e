namespace ResearchPlatform.Components.Plan.Values;

/// <summary>An ordered map; the order is the order of rendering, so it is part of determinism.</summary>
public sealed record MapValue(IReadOnlyList<KeyValuePair<string, PlanValue>> Entries) : PlanValue
{
    /// <summary>An empty map.</summary>
    public static readonly MapValue Empty = new([]);

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public PlanValue? this[string key] => Entries.FirstOrDefault(e => e.Key == key).Value;

    internal override void Collect(List<ReferenceValue> found)
    {
        foreach (var entry in Entries)
        {
            entry.Value.Collect(found);
        }
    }
}
