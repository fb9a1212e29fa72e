using ResearchPlatform.Components.Cluster;

namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="KubernetesCluster"/>.</summary>
public sealed record KubernetesClusterArgs
{
    /// <summary>The cluster's settings, control plane and worker pools.</summary>
    public required ClusterDesign Design { get; init; }
}
