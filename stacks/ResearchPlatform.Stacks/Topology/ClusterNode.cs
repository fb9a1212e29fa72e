using ResearchPlatform.Components.Compute;
using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Topology;

/// <summary>One node of the cluster, as derived from the config.</summary>
public sealed record ClusterNode
{
    /// <summary>The host and VM name (<c>dsp-prod-cp-1</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The plan's logical name, <c>&lt;pool&gt;-n</c>.</summary>
    public string ResourceName => $"{Pool}-{Index}";

    /// <summary>The node's 1-based number in its pool.</summary>
    public required int Index { get; init; }

    public required NodeRole Role { get; init; }

    /// <summary>The pool: <c>control-plane</c> or a worker pool's name.</summary>
    public required string Pool { get; init; }

    /// <summary>The config path of the pool, for messages.</summary>
    public required string ConfigPath { get; init; }

    public required IPAddress Address { get; init; }

    public required int Cpu { get; init; }

    public required int MemoryGiB { get; init; }

    public required int DiskGiB { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The pool's GPU, or null.</summary>
    public GpuConfig? Gpu { get; init; }

    /// <summary>Whether the node runs the control plane.</summary>
    public bool IsControlPlane => Role != NodeRole.Worker;
}
