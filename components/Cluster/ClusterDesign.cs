using ResearchPlatform.Components.Compute;

namespace ResearchPlatform.Components.Cluster;

/// <summary>What a Kubernetes cluster on vSphere is made of, before anything is wired.</summary>
public sealed record ClusterDesign
{
    public required ClusterSettings Settings { get; init; }

    /// <summary>The control-plane nodes, the <c>kubeadm init</c> node first.</summary>
    public required IReadOnlyList<NodeArgs> ControlPlane { get; init; }

    /// <summary>The worker pools, each its name and nodes, in order.</summary>
    public IReadOnlyList<WorkerPoolDesign> WorkerPools { get; init; } = [];
}
