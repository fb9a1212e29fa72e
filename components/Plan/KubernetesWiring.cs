using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

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

    /// <summary>A release of <paramref name="chart"/> through this wiring, after <paramref name="after"/> too.</summary>
    public PlanResource Release(string name, HelmChart chart, string @namespace, IReadOnlyList<PlanResource> after, MapValue values, IReadOnlyList<string>? privileged = null) => new()
    {
        Name = name,
        Provider = ProviderName,
        DependsOn = [.. after.Select(r => r.Name), .. AfterNames],
        Spec = new HelmReleaseSpec { ReleaseName = name, Chart = chart, Namespace = @namespace, Values = values, PrivilegedWorkloads = privileged ?? [] },
    };

    /// <summary>A Secret <paramref name="name"/> in <paramref name="namespace"/> through this wiring, each value a reference or text.</summary>
    public PlanResource Secret(string name, string @namespace, params (string Key, Values.PlanValue Value)[] data) => new()
    {
        Name = name,
        Provider = ProviderName,
        DependsOn = AfterNames,
        Spec = new KubernetesSecretSpec { SecretName = name, Namespace = @namespace, StringData = [.. data.Select(d => KeyValuePair.Create(d.Key, d.Value))] },
    };

    /// <summary>Manifest objects through this wiring, after <paramref name="after"/> too.</summary>
    public PlanResource Manifest(string name, IReadOnlyList<PlanResource> after, params PlanValue[] objects) => new()
    {
        Name = name,
        Provider = ProviderName,
        DependsOn = [.. after.Select(r => r.Name), .. AfterNames],
        Spec = new KubernetesManifestSpec { Objects = objects },
    };
}
