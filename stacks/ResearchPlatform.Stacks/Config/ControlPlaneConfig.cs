using System.Net;

namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:cluster.controlPlane</c>: the control-plane (etcd) nodes.</summary>
public sealed record ControlPlaneConfig
{
    /// <summary>How many nodes: odd and at least 3, for an etcd quorum that survives a node. Default: 3.</summary>
    public int Count { get; init; } = 3;

    /// <summary>vCPUs per node. Default: 4.</summary>
    public int Cpu { get; init; } = 4;

    /// <summary>Memory per node in GiB. Default: 16.</summary>
    public int MemoryGiB { get; init; } = 16;

    /// <summary>System disk per node in GiB. Default: 80.</summary>
    public int DiskGiB { get; init; } = 80;

    /// <summary>The first node's address; the others follow consecutively.</summary>
    public required IPAddress FirstIp { get; init; }
}
