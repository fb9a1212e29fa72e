namespace ResearchPlatform.Components.Plan;

/// <summary>
/// The resources' dependency graph in levels: level 0 needs nothing, level n needs something of
/// level n-1. Resources of one level can be created in parallel; the critical path is the longest chain.
/// </summary>
public sealed class DependencyGraph
{
    private DependencyGraph(IReadOnlyList<IReadOnlyList<string>> levels, IReadOnlyList<string> criticalPath, IReadOnlyDictionary<string, int> levelOf)
    {
        Levels = levels;
        CriticalPath = criticalPath;
        LevelOf = levelOf;
    }

    /// <summary>Resource names per level, each level sorted.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Levels { get; }

    /// <summary>The longest dependency chain, first to last.</summary>
    public IReadOnlyList<string> CriticalPath { get; }

    /// <summary>The level of each resource.</summary>
    public IReadOnlyDictionary<string, int> LevelOf { get; }

    /// <summary>The number of levels: how many rounds of creation a deployment needs at least.</summary>
    public int Depth => Levels.Count;

    /// <summary>Builds the graph.</summary>
    /// <exception cref="PlanException">The dependencies form a cycle.</exception>
    public static DependencyGraph Build(IEnumerable<PlanResource> resources)
    {
        var dependencies = resources.ToDictionary(r => r.Name, r => r.Dependencies(), StringComparer.Ordinal);
        var levelOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var via = new Dictionary<string, string?>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        int Visit(string name, Stack<string> path)
        {
            if (levelOf.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!visiting.Add(name))
            {
                var cycle = path.Reverse().SkipWhile(n => n != name).Append(name);
                throw new PlanException([$"dependency cycle: {string.Join(" -> ", cycle)}"]);
            }

            path.Push(name);
            var level = 0;
            string? parent = null;
            foreach (var dependency in dependencies[name])
            {
                var dependencyLevel = Visit(dependency, path) + 1;
                if (dependencyLevel > level)
                {
                    level = dependencyLevel;
                    parent = dependency;
                }
            }

            path.Pop();
            visiting.Remove(name);
            levelOf[name] = level;
            via[name] = parent;
            return level;
        }

        foreach (var name in dependencies.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name, new Stack<string>());
        }

        var levels = levelOf.GroupBy(p => p.Value)
            .OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<string>)g.Select(p => p.Key).Order(StringComparer.Ordinal).ToList())
            .ToList();

        var criticalPath = new List<string>();
        var tail = levelOf.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();
        for (var node = tail; node is not null; node = via[node])
        {
            criticalPath.Insert(0, node);
        }

        return new DependencyGraph(levels, criticalPath, levelOf);
    }
}
