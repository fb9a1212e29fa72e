using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Plan;

/// <summary>One resource of the plan: a stable logical name, typed properties, dependencies and options.</summary>
public sealed record PlanResource
{
    /// <summary>The logical name, unique in the plan and stable across renders (the Pulumi resource name).</summary>
    public required string Name { get; init; }

    /// <summary>The typed properties.</summary>
    public required ResourceSpec Spec { get; init; }

    /// <summary>Lifecycle options.</summary>
    public PlanResourceOptions Options { get; init; } = PlanResourceOptions.Default;

    /// <summary>Resources that must exist first although no value flows from them.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The Kubernetes provider resource for Kubernetes kinds; null for the others.</summary>
    public string? Provider { get; init; }

    /// <summary>The kind of the resource.</summary>
    public ResourceKind Kind => Spec.Kind;

    /// <summary>A reference to one of this resource's declared outputs.</summary>
    /// <exception cref="ArgumentException">The kind declares no such output.</exception>
    public OutputReference Output(string name)
    {
        var declared = Spec.Outputs.FirstOrDefault(o => o.Name == name)
            ?? throw new ArgumentException(
                $"resource '{Name}' ({Kind}) has no output '{name}'; it has: {string.Join(", ", Spec.Outputs.Select(o => o.Name))}",
                nameof(name));
        return new OutputReference(Name, declared.Name, declared.Secret);
    }

    // Computed once per instance: the plan asks for it many times while it builds, checks and renders.
    // Keyed by identity, so a copy made with 'with' computes its own.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanResource, IReadOnlyList<string>> Computed = new();

    /// <summary>Every resource this one waits for: explicit, through values, and its provider; sorted.</summary>
    public IReadOnlyList<string> Dependencies() => Computed.GetValue(this, static resource => resource.ComputeDependencies());

    private IReadOnlyList<string> ComputeDependencies()
    {
        var names = new SortedSet<string>(DependsOn, StringComparer.Ordinal);
        foreach (var reference in Spec.Properties().References().OfType<OutputReference>())
        {
            names.Add(reference.Resource);
        }

        if (Provider is not null)
        {
            names.Add(Provider);
        }

        return names.ToList();
    }
}
