using ResearchPlatform.Components.Cluster;

namespace ResearchPlatform.Components.Compute;

/// <summary>Inputs of <see cref="ControlPlane"/> and <see cref="WorkerPool"/>.</summary>
public sealed record NodePoolArgs
{
    /// <summary>The pool name (<c>cp</c>, <c>general</c>).</summary>
    public required string PoolName { get; init; }

    public required ClusterSettings Settings { get; init; }

    public required ClusterPkiComponent Pki { get; init; }

    /// <summary>The pool's nodes, in order.</summary>
    public required IReadOnlyList<NodeArgs> Nodes { get; init; }
}
