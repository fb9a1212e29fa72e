namespace ResearchPlatform.Components.Storage;

/// <summary>Inputs of <see cref="Trident"/>.</summary>
public sealed record TridentArgs
{
    /// <summary>The namespace of platform jobs, where the readiness Job runs.</summary>
    public required string SystemNamespace { get; init; }

    /// <summary>The kubectl image of the readiness Job, matching the cluster version.</summary>
    public required string KubectlImage { get; init; }

    /// <summary>The trident-operator chart. Default: <see cref="StorageCharts.TridentOperator"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = StorageCharts.TridentOperator;
}
