namespace ResearchPlatform.Stacks.Policy;

/// <summary>Reads pod specs and containers out of plain object trees, whatever the workload kind.</summary>
public static class PodTree
{
    /// <summary>The pod spec of a Pod, a workload with a template, or a CronJob; null for other kinds.</summary>
    public static IReadOnlyDictionary<string, object?>? PodSpec(PolicyObject o)
    {
        var spec = Map(o.Tree, "spec");
        return o.Kind switch
        {
            "Pod" => spec,
            "CronJob" => Map(Map(Map(Map(spec, "jobTemplate"), "spec"), "template"), "spec"),
            "Deployment" or "StatefulSet" or "DaemonSet" or "Job" or "ReplicaSet" => Map(Map(spec, "template"), "spec"),
            _ => null,
        };
    }

    /// <summary>The init containers and containers of <paramref name="pod"/>.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, object?>> Containers(IReadOnlyDictionary<string, object?> pod) =>
        new[] { "initContainers", "containers" }.SelectMany(key => List(pod, key).OfType<IReadOnlyDictionary<string, object?>>());

    /// <summary>The map under <paramref name="key"/>, or null.</summary>
    public static IReadOnlyDictionary<string, object?>? Map(IReadOnlyDictionary<string, object?>? tree, string key) =>
        tree?.GetValueOrDefault(key) as IReadOnlyDictionary<string, object?>;

    /// <summary>The list under <paramref name="key"/>, or none.</summary>
    public static IEnumerable<object?> List(IReadOnlyDictionary<string, object?>? tree, string key) =>
        tree?.GetValueOrDefault(key) as IEnumerable<object?> ?? [];

    /// <summary>Every map anywhere in <paramref name="tree"/>, with the key path to it.</summary>
    public static IEnumerable<(string Path, IReadOnlyDictionary<string, object?> Map)> Maps(object? tree, string path = "")
    {
        if (tree is IReadOnlyDictionary<string, object?> map)
        {
            yield return (path, map);
            foreach (var (key, value) in map)
            {
                foreach (var inner in Maps(value, path.Length == 0 ? key : $"{path}.{key}"))
                {
                    yield return inner;
                }
            }
        }
        else if (tree is IEnumerable<object?> list)
        {
            var i = 0;
            foreach (var item in list)
            {
                foreach (var inner in Maps(item, $"{path}[{i++}]"))
                {
                    yield return inner;
                }
            }
        }
    }
}
