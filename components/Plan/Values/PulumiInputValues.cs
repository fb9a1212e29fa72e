using System.Collections.Immutable;
using System.Globalization;

namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// Plain trees (as <see cref="PlanValueResolver"/> produces them) in the shapes the Pulumi .NET SDK
/// serializes, and a check of that shape. Pulumi-free on purpose: the offline suite runs both over
/// every resource of every plan, so a value the engine would refuse fails a test long before a
/// <c>pulumi preview</c> does.
/// </summary>
/// <remarks>
/// Pulumi 3.112.1's <c>Serializer.SerializeAsync</c> takes <see cref="bool"/>, <see cref="int"/>,
/// <see cref="double"/>, <see cref="string"/>, null, <c>IList</c> and string-keyed <c>IDictionary</c>
/// (and its own input, output, asset and resource types); anything else, a <see cref="long"/>
/// included, fails with "System.Int64 is not a supported argument type". It also drops map entries
/// whose value is null, so a plan must not rely on a null in a map reaching the provider.
/// </remarks>
public static class PulumiInputValues
{
    /// <summary>The largest whole number a double holds exactly (2^53): the wire carries numbers as doubles.</summary>
    public const long LargestExactInteger = 9_007_199_254_740_992;

    /// <summary>
    /// Maps become <see cref="ImmutableDictionary{TKey,TValue}"/>, lists <see cref="ImmutableArray{T}"/>;
    /// whole numbers become <see cref="int"/> (or <see cref="double"/> beyond its range).
    /// </summary>
    /// <exception cref="ArgumentException">The value cannot reach Pulumi unchanged; the message names its path.</exception>
    public static object? Convert(object? plain) => Convert(plain, "");

    /// <summary>Where <paramref name="value"/> (a converted tree) holds something the Pulumi serializer refuses or drops.</summary>
    public static IReadOnlyList<string> Problems(object? value)
    {
        var problems = new List<string>();
        Check(value, "", problems);
        return problems;
    }

    private static object? Convert(object? plain, string path) => plain switch
    {
        null or string or bool or int => plain,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        long l when Math.Abs((double)l) <= LargestExactInteger => (double)l,
        long l => throw new ArgumentException($"{Where(path)}: {l.ToString(CultureInfo.InvariantCulture)} is too large to reach Pulumi exactly (numbers travel as doubles)"),
        double d when double.IsFinite(d) => d,
        double d => throw new ArgumentException($"{Where(path)}: {d.ToString(CultureInfo.InvariantCulture)} is not a finite number"),
        IEnumerable<KeyValuePair<string, object?>> map => ConvertMap(map, path),
        System.Collections.IEnumerable list and not string => list.Cast<object?>().Select((item, i) => Convert(item, $"{path}[{i}]")).ToImmutableArray(),
        _ => throw new ArgumentException($"{Where(path)}: a {plain.GetType().Name} has no Pulumi shape"),
    };

    private static ImmutableDictionary<string, object> ConvertMap(IEnumerable<KeyValuePair<string, object?>> map, string path)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            var converted = Convert(value, Join(path, key))
                ?? throw new ArgumentException($"{Where(Join(path, key))}: is null, and Pulumi drops null map entries; leave the key out instead");
            builder.Add(key, converted);
        }

        return builder.ToImmutable();
    }

    private static void Check(object? value, string path, List<string> problems)
    {
        switch (value)
        {
            case null or string or bool or int:
                return;
            case double d when double.IsFinite(d):
                return;
            case ImmutableDictionary<string, object> map:
                foreach (var (key, item) in map.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    if (item is null)
                    {
                        problems.Add($"{Where(Join(path, key))}: null in a map (Pulumi drops the entry)");
                        continue;
                    }

                    Check(item, Join(path, key), problems);
                }

                return;
            case ImmutableArray<object> list:
                for (var i = 0; i < list.Length; i++)
                {
                    Check(list[i], $"{path}[{i}]", problems);
                }

                return;
            default:
                problems.Add($"{Where(path)}: {value.GetType().FullName} is not a supported argument type");
                return;
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Where(string path) => path.Length == 0 ? "(the value)" : path;
}
