using System.Collections.Immutable;

namespace ResearchPlatform.Infra;

/// <summary>Plain trees (as the plan resolver produces them) in the shapes Pulumi serializes.</summary>
public static class PulumiValues
{
    /// <summary>Maps become immutable dictionaries, lists immutable arrays; scalars stay as they are.</summary>
    public static object? From(object? plain) => plain switch
    {
        null => null,
        string or bool or long or double => plain,
        IEnumerable<KeyValuePair<string, object?>> map => map.ToImmutableDictionary(e => e.Key, e => From(e.Value)!, StringComparer.Ordinal),
        System.Collections.IEnumerable list => list.Cast<object?>().Select(From).ToImmutableArray(),
        _ => throw new ArgumentException($"a {plain.GetType().Name} has no Pulumi shape", nameof(plain)),
    };
}
