namespace ResearchPlatform.Components.Plan;

/// <summary>
/// The immutable plan of one stack: every component, resource and dependency, decided before any
/// realizer runs. The Pulumi program and the offline renderer both read it and decide nothing.
/// </summary>
public sealed record PlatformPlan
{
    /// <summary>Creates a plan and checks its structure.</summary>
    /// <exception cref="PlanException">A name repeats, a reference dangles, or the dependencies form a cycle.</exception>
    public PlatformPlan(string project, string stack, IReadOnlyList<PlanComponent> components, IReadOnlyList<StackOutput> outputs)
    {
        Project = project;
        Stack = stack;
        Components = components;
        Outputs = outputs;
        var errors = PlanChecker.Check(this);
        if (errors.Count > 0)
        {
            throw new PlanException(errors);
        }

        Graph = DependencyGraph.Build(Resources);
    }

    /// <summary>The Pulumi project name.</summary>
    public string Project { get; }

    /// <summary>The stack the plan is for.</summary>
    public string Stack { get; }

    /// <summary>The components, parents before children.</summary>
    public IReadOnlyList<PlanComponent> Components { get; }

    /// <summary>The stack outputs.</summary>
    public IReadOnlyList<StackOutput> Outputs { get; }

    /// <summary>The documents people act on beside the resources (<c>runbook.md</c>), by file name; no realizer creates anything from them.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; init; } = new Dictionary<string, string>();

    /// <summary>Every resource, in component order.</summary>
    public IEnumerable<PlanResource> Resources => Components.SelectMany(c => c.Resources);

    /// <summary>The resource dependency graph: levels that can be created in parallel, and the critical path.</summary>
    public DependencyGraph Graph { get; }

    /// <summary>The component holding the named resource.</summary>
    public PlanComponent ComponentOf(string resourceName) =>
        Components.First(c => c.Resources.Any(r => r.Name == resourceName));

    /// <summary>The components each component depends on through its resources, sorted by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ComponentDependencies()
    {
        var owner = Components.SelectMany(c => c.Resources.Select(r => (r.Name, c.Name))).ToDictionary(p => p.Item1, p => p.Item2);
        return Components.ToDictionary(
            c => c.Name,
            c => (IReadOnlyList<string>)c.Resources
                .SelectMany(r => r.Dependencies())
                .Select(d => owner[d])
                .Where(o => o != c.Name)
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList());
    }
}
