using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Gpu;

/// <summary>Inputs of <see cref="GpuOperator"/>.</summary>
public sealed record GpuOperatorArgs
{
    /// <summary>The namespace the operator and its operands run in.</summary>
    public required string Namespace { get; init; }

    /// <summary>The registry path of the vGPU guest driver image: the site's, never NVIDIA's public one.</summary>
    public required string DriverRepository { get; init; }

    public required string DriverImage { get; init; }

    public required string DriverVersion { get; init; }

    /// <summary>The NVIDIA License System client configuration token: a secret reference.</summary>
    public required PlanValue LicenseToken { get; init; }

    /// <summary>The node label (key and value) of GPU nodes: node feature discovery runs only there.</summary>
    public required KeyValuePair<string, string> GpuNodeLabel { get; init; }

    /// <summary>The gpu-operator chart. Default: <see cref="GpuCharts.GpuOperator"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = GpuCharts.GpuOperator;
}
