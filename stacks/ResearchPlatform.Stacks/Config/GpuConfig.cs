namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// <c>research-platform:cluster.workerPools[i].gpu</c>: a vGPU per node of the pool. The vSphere
/// provider cannot attach a vGPU device, so GPU nodes are cloned from a template that already has one;
/// each clone gets its own vGPU of the template's profile.
/// </summary>
public sealed record GpuConfig
{
    /// <summary>The template with the vGPU device attached, used for this pool instead of <c>vsphere.template</c>.</summary>
    public required string Template { get; init; }

    /// <summary>The NVIDIA vGPU profile of that device (<c>grid_a100-40c</c>); nodes are labelled with it.</summary>
    public required string Profile { get; init; }
}
