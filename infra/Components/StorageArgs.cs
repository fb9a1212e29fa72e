using ResearchPlatform.Components.Storage;

namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="Storage"/>.</summary>
public sealed record StorageArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces Trident, its jobs and the department claims go in.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>Trident, the SVMs, the tiers and the department shares.</summary>
    public required StorageDesign Design { get; init; }
}
