namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="GpuOperator"/>.</summary>
public sealed record GpuOperatorArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the operator's own must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The driver, its licence and where node discovery runs.</summary>
    public required ResearchPlatform.Components.Gpu.GpuOperatorArgs Operator { get; init; }
}
