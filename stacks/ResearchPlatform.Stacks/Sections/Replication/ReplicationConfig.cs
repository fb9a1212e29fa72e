namespace ResearchPlatform.Stacks.Sections.Replication;

/// <summary>
/// <c>research-platform:replication</c>: claims on replicated tiers (researcher homes, the in-cluster
/// object store's volumes) mirrored to the other site by NetApp Trident Protect with SnapMirror.
/// Off when absent.
/// </summary>
public sealed record ReplicationConfig
{
    /// <summary>This site's vault (a site value).</summary>
    public required ReplicationVaultConfig Vault { get; init; }

    /// <summary>The site this one mirrors; required at a standby or recovering site (a site value).</summary>
    public ReplicationPeerConfig? Peer { get; init; }

    /// <summary>The CA that signed both sites' S3 certificates (PEM), a platform value.</summary>
    [Config.MultiLine]
    public required string CaCertificate { get; init; }

    /// <summary>Minutes between a source's replication snapshots, and between a mirror's transfers. Default: 15.</summary>
    public int IntervalMinutes { get; init; } = 15;

    /// <summary>The volumes' RPO as replicated: a change waits at most one snapshot interval and one transfer interval.</summary>
    public int Rpo => 2 * IntervalMinutes;
}
