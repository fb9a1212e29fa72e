namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// <c>research-platform:cluster.gpuOperator</c>: the NVIDIA GPU Operator, which makes the vGPUs of
/// GPU pools schedulable. Required when a worker pool has <c>gpu</c>.
/// </summary>
public sealed record GpuOperatorConfig
{
    /// <summary>The site registry path that holds the vGPU guest driver image (<c>registry.uni-example.edu/nvidia</c>).</summary>
    public required string DriverRepository { get; init; }

    /// <summary>The driver image name. Default: <c>vgpu-guest-driver</c>, NVIDIA AI Enterprise's.</summary>
    public string DriverImage { get; init; } = "vgpu-guest-driver";

    /// <summary>The vGPU guest driver version, the branch of the hosts' vGPU Manager.</summary>
    public required string DriverVersion { get; init; }

    /// <summary>The NVIDIA License System (an on-site DLS appliance) the drivers lease licences from, as a network (CIDR).</summary>
    public required System.Net.IPNetwork LicenseServer { get; init; }

    /// <summary>The NVIDIA License System client configuration token (secret).</summary>
    public required SecretValue LicenseToken { get; init; }
}
