using System.Net;

namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:cluster.workerPools[i]</c>: a pool of identical worker nodes.</summary>
public sealed record WorkerPoolConfig
{
    /// <summary>The pool name, a DNS label (<c>general</c>, <c>highmem</c>, <c>gpu</c>).</summary>
    public required string Name { get; init; }

    /// <summary>How many nodes.</summary>
    public required int Count { get; init; }

    /// <summary>vCPUs per node.</summary>
    public required int Cpu { get; init; }

    /// <summary>Memory per node in GiB.</summary>
    public required int MemoryGiB { get; init; }

    /// <summary>System disk per node in GiB. Default: 120.</summary>
    public int DiskGiB { get; init; } = 120;

    /// <summary>The first node's address; the others follow consecutively.</summary>
    public required IPAddress FirstIp { get; init; }

    /// <summary>Node labels added to every node of the pool. Default: none.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>A GPU per node, for a GPU pool. Default: none.</summary>
    public GpuConfig? Gpu { get; init; }
}
