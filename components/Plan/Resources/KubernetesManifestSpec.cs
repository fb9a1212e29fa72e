using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>Kubernetes objects applied together as one manifest, each a full object tree.</summary>
public sealed record KubernetesManifestSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.KubernetesManifest;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [];

    /// <summary>The objects, each with apiVersion, kind and metadata.</summary>
    public required IReadOnlyList<PlanValue> Objects { get; init; }

    /// <summary>
    /// Upstream manifests applied as published, by https URL of a release asset whose path names its
    /// exact version (the Gateway API CRDs, say); the provider reads them at deploy time. Default: none.
    /// </summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    protected override MapValue BuildProperties() => Map(("objects", List(Objects)), ("files", Files.Count == 0 ? null : Strings(Files)));
}
