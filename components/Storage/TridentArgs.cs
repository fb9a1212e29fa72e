namespace ResearchPlatform.Components.Storage;

/// <summary>Inputs of <see cref="Trident"/>.</summary>
public sealed record TridentArgs
{
    /// <summary>The namespace of platform jobs, where the readiness Job runs.</summary>
    public required string SystemNamespace { get; init; }

    /// <summary>The kubectl image of the readiness Job, matching the cluster version.</summary>
    public required string KubectlImage { get; init; }

    /// <summary>The trident-operator chart version, pinned. Default: 100.2606.0 (Trident 26.06.0).</summary>
    public string ChartVersion { get; init; } = "100.2606.0";
}
