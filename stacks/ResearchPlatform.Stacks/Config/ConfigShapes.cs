using System.Collections.Concurrent;
using System.Collections.ObjectModel;
using System.Reflection;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// The binder's view of the config types. Those reachable from <see cref="StackConfig"/> are tables
/// written by the source generator at build time; any other (a record only a test binds) is read by
/// reflection once, with the same result. A native build thus starts without reflecting over the config.
/// </summary>
[ConfigShapes(typeof(StackConfig))]
internal static partial class ConfigShapes
{
    private static readonly Dictionary<Type, ConfigRecordShape> Records = [];
    private static readonly Dictionary<Type, ConfigCollectionShape> Lists = [];
    private static readonly Dictionary<Type, ConfigCollectionShape> Dictionaries = [];
    private static readonly ConcurrentDictionary<Type, ConfigRecordShape> ReflectedRecords = new();
    private static readonly ConcurrentDictionary<Type, ConfigCollectionShape> ReflectedCollections = new();

    static ConfigShapes() => Register(Records, Lists, Dictionaries);

    /// <summary>The records whose shapes were generated (for the tests that compare them with reflection's).</summary>
    public static IEnumerable<Type> GeneratedRecords => Records.Keys;

    /// <summary>The list and dictionary types whose shapes were generated.</summary>
    public static IEnumerable<Type> GeneratedCollections => Lists.Keys.Concat(Dictionaries.Keys);

    /// <summary>The record shape of <paramref name="type"/>.</summary>
    public static ConfigRecordShape Record(Type type) =>
        Records.TryGetValue(type, out var shape) ? shape : ReflectedRecords.GetOrAdd(type, Reflect);

    /// <summary>The list shape when <paramref name="type"/> is an <c>IReadOnlyList&lt;T&gt;</c>, else null.</summary>
    public static ConfigCollectionShape? List(Type type) =>
        Lists.TryGetValue(type, out var shape) ? shape
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? ReflectedCollections.GetOrAdd(type, ReflectList)
        : null;

    /// <summary>The dictionary shape when <paramref name="type"/> is an <c>IReadOnlyDictionary&lt;,&gt;</c>, else null.</summary>
    public static ConfigCollectionShape? Dictionary(Type type) =>
        Dictionaries.TryGetValue(type, out var shape) ? shape
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? ReflectedCollections.GetOrAdd(type, ReflectDictionary)
        : null;

    static partial void Register(Dictionary<Type, ConfigRecordShape> records, Dictionary<Type, ConfigCollectionShape> lists, Dictionary<Type, ConfigCollectionShape> dictionaries);

    private static ConfigRecordShape Reflect(Type type) => new(
        type,
        () => Activator.CreateInstance(type)!,
        [.. ConfigBinder.KeysOf(type).Select(k => new ConfigMember(
            k.Key,
            k.Property.PropertyType,
            k.Required,
            k.Property.GetCustomAttribute<MultiLineAttribute>() is not null,
            k.Property.GetCustomAttribute<System.ComponentModel.DataAnnotations.RangeAttribute>(),
            k.Property.SetValue))]);

    private static ConfigCollectionShape ReflectList(Type type)
    {
        var item = type.GetGenericArguments()[0];
        return new(
            item,
            () => Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!,
            list => Activator.CreateInstance(typeof(ReadOnlyCollection<>).MakeGenericType(item), list)!);
    }

    // The config's own value types are named, so a native build compiles their dictionaries.
    private static ConfigCollectionShape ReflectDictionary(Type type)
    {
        var value = type.GetGenericArguments()[1];
        return value == typeof(string) ? new(value, () => new SortedDictionary<string, string>(StringComparer.Ordinal), d => new ReadOnlyDictionary<string, string>((SortedDictionary<string, string>)d))
            : value == typeof(int) ? new(value, () => new SortedDictionary<string, int>(StringComparer.Ordinal), d => new ReadOnlyDictionary<string, int>((SortedDictionary<string, int>)d))
            : new(
                value,
                () => Activator.CreateInstance(typeof(SortedDictionary<,>).MakeGenericType(typeof(string), value), StringComparer.Ordinal)!,
                d => Activator.CreateInstance(typeof(ReadOnlyDictionary<,>).MakeGenericType(typeof(string), value), d)!);
    }
}
