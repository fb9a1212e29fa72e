namespace ResearchPlatform.Components.Plan;

/// <summary>
/// Where a component's Kubernetes resources go and what they wait for: typed handles to the plan
/// resources of other components, never names to format.
/// </summary>
/// <param name="Provider">The Kubernetes provider resource.</param>
public sealed record KubernetesWiring(PlanResource Provider)
{
    /// <summary>Resources of other components to create first (namespaces, storage classes, claims).</summary>
    public IReadOnlyList<PlanResource> After { get; init; } = [];

    /// <summary>The names of <see cref="After"/>, as plan dependencies.</summary>
    public IReadOnlyList<string> AfterNames => After.Select(r => r.Name).ToList();

    /// <summary>The provider's plan name.</summary>
    public string ProviderName => Provider.Name;
}
