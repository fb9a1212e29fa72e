using ResearchPlatform.Components.Cluster;

namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of a <see cref="NodePool"/> added to an existing <see cref="KubernetesCluster"/>.</summary>
public sealed record WorkerPoolArgs
{
    /// <summary>The cluster the workers join.</summary>
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The pool's name and nodes.</summary>
    public required WorkerPoolDesign Pool { get; init; }
}
