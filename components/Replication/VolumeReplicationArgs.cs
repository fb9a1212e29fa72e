using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Replication;

/// <summary>Inputs of <see cref="VolumeReplication"/>.</summary>
public sealed record VolumeReplicationArgs
{
    /// <summary>Trident Protect's namespace.</summary>
    public string Namespace { get; init; } = VolumeReplication.Namespace;

    public HelmChart Chart { get; init; } = ReplicationCharts.Protect;

    /// <summary>The name Trident Protect knows this cluster by: the site's.</summary>
    public required string ClusterName { get; init; }

    /// <summary>This site's own vault.</summary>
    public required ProtectVault Vault { get; init; }

    public required ReplicationRole Role { get; init; }

    /// <summary>The source site's vault and applications; required unless <see cref="Role"/> is <see cref="ReplicationRole.Source"/>.</summary>
    public ReplicationSource? Source { get; init; }

    /// <summary>The claim sets, declared by the components that own them.</summary>
    public required IReadOnlyList<ProtectedClaims> Claims { get; init; }

    /// <summary>Minutes between mirror updates: the source's snapshot schedule and the mirror's transfers.</summary>
    public required int IntervalMinutes { get; init; }

    /// <summary>Seconds <c>pulumi up</c> waits for a promotion before it fails. Default: 1800.</summary>
    public int PromotionTimeoutSeconds { get; init; } = 1_800;
}
