using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Cluster;

/// <summary>The cluster's components, and the handles the components that run on it take.</summary>
public sealed record ClusterParts
{
    public required PlanComponent Parent { get; init; }

    public required ClusterPkiComponent Pki { get; init; }

    public required PlanComponent ControlPlane { get; init; }

    public required IReadOnlyList<PlanComponent> WorkerPools { get; init; }

    public required PlanComponent Access { get; init; }

    /// <summary>The Kubernetes provider every in-cluster resource goes through.</summary>
    public required PlanResource Provider { get; init; }

    public required PlanComponent Network { get; init; }

    /// <summary>The API server URL behind the VIP.</summary>
    public required string ApiServer { get; init; }

    /// <summary>The API VIP kube-vip announces.</summary>
    public required string ApiVip { get; init; }

    /// <summary>The cluster-admin kubeconfig (secret: it holds the admin key).</summary>
    public required PlanValue Kubeconfig { get; init; }

    /// <summary>Every component, parent first, in render order.</summary>
    public IReadOnlyList<PlanComponent> All => [Parent, Pki.Component, ControlPlane, .. WorkerPools, Access, Network];
}
