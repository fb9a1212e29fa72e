using ResearchPlatform.Components.Compute;

namespace ResearchPlatform.Components.Cluster;

/// <summary>One worker pool of a <see cref="ClusterDesign"/>.</summary>
/// <param name="Name">The pool name (<c>general</c>, <c>gpu</c>).</param>
/// <param name="Nodes">The pool's nodes, in order.</param>
public sealed record WorkerPoolDesign(string Name, IReadOnlyList<NodeArgs> Nodes)
{
    /// <summary>The node label every worker carries with its pool's name.</summary>
    public const string PoolLabel = "research-platform/pool";
}
