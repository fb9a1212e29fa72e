namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:cluster.workerPools[i].gpu</c>: a vGPU per node of the pool.</summary>
public sealed record GpuConfig
{
    /// <summary>The NVIDIA vGPU profile the hosts offer (<c>grid_a100-20c</c>).</summary>
    public required string VgpuProfile { get; init; }
}
