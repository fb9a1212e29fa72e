using System.Text.Json;

namespace ResearchPlatform.Components.Plan.Values;

/// <summary>Short constructors for plan value trees, so components read like the documents they build.</summary>
public static class PlanValues
{
    /// <summary>A map of the given entries in order; entries whose value is null are left out (optional keys).</summary>
    public static MapValue Map(params (string Key, PlanValue? Value)[] entries)
    {
        // Components build thousands of maps per render: one array of the exact size, no iterators.
        var count = 0;
        foreach (var entry in entries)
        {
            count += entry.Value is null ? 0 : 1;
        }

        var kept = new KeyValuePair<string, PlanValue>[count];
        var next = 0;
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                kept[next++] = KeyValuePair.Create(key, value);
            }
        }

        return new(kept);
    }

    /// <summary>A map from a sequence of entries; null values are left out.</summary>
    public static MapValue Map(IEnumerable<(string Key, PlanValue? Value)> entries) => Map(entries.ToArray());

    /// <summary>A list of the given items.</summary>
    public static ListValue List(params PlanValue[] items) => new(items);

    /// <summary>A list from a sequence.</summary>
    public static ListValue List(IEnumerable<PlanValue> items) => new(items.ToList());

    /// <summary>A list of strings.</summary>
    public static ListValue Strings(IEnumerable<string> items) => new(items.Select(i => (PlanValue)i).ToList());

    /// <summary>Text concatenated from parts.</summary>
    public static TextValue Text(params PlanValue[] parts) => new(parts);

    /// <summary>A decimal literal.</summary>
    public static LiteralValue Number(double value) => new(value);

    /// <summary>
    /// A plan value from a plain tree: dictionaries, lists, scalars, <see cref="JsonElement"/>s and
    /// plan values. Dictionary keys keep their order.
    /// </summary>
    public static PlanValue From(object? value) => value switch
    {
        null => LiteralValue.Null,
        PlanValue plan => plan,
        string or bool or long or double => new LiteralValue(value),
        int i => new LiteralValue((long)i),
        JsonElement json => FromJson(json),
        IEnumerable<KeyValuePair<string, object?>> map => new MapValue(map.Select(e => KeyValuePair.Create(e.Key, From(e.Value))).ToList()),
        IEnumerable<KeyValuePair<string, string>> map => new MapValue(map.Select(e => KeyValuePair.Create(e.Key, (PlanValue)e.Value)).ToList()),
        System.Collections.IEnumerable list => new ListValue(list.Cast<object?>().Select(From).ToList()),
        _ => throw new ArgumentException($"cannot turn a {value.GetType().Name} into a plan value", nameof(value)),
    };

    private static PlanValue FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => new MapValue(FromJsonObject(json)),
        JsonValueKind.Array => new ListValue(FromJsonArray(json)),
        JsonValueKind.String => new LiteralValue(json.GetString()),
        JsonValueKind.Number => json.TryGetInt64(out var l) ? new LiteralValue(l) : new LiteralValue(json.GetDouble()),
        JsonValueKind.True => new LiteralValue(true),
        JsonValueKind.False => new LiteralValue(false),
        _ => LiteralValue.Null,
    };

    private static KeyValuePair<string, PlanValue>[] FromJsonObject(JsonElement json)
    {
        var entries = new KeyValuePair<string, PlanValue>[json.GetPropertyCount()];
        var next = 0;
        foreach (var property in json.EnumerateObject())
        {
            entries[next++] = KeyValuePair.Create(property.Name, FromJson(property.Value));
        }

        return entries;
    }

    private static PlanValue[] FromJsonArray(JsonElement json)
    {
        var items = new PlanValue[json.GetArrayLength()];
        var next = 0;
        foreach (var item in json.EnumerateArray())
        {
            items[next++] = FromJson(item);
        }

        return items;
    }
}
