using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Gpu;

/// <summary>The GPU layer's chart, pinned to an exact version.</summary>
public static class GpuCharts
{
    /// <summary>The NVIDIA GPU Operator v26.7.0.</summary>
    public static readonly HelmChart GpuOperator = new("https://helm.ngc.nvidia.com/nvidia", "gpu-operator", "v26.7.0");
}
