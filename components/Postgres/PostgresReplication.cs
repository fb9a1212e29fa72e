namespace ResearchPlatform.Components.Postgres;

/// <summary>
/// The cluster's place in the two-site topology (CloudNativePG's distributed topology): which site
/// it is, which site is primary now, and where the other site's backups are read.
/// </summary>
public sealed record PostgresReplication
{
    /// <summary>This site's name in the topology, the name it archives under (<c>south</c>).</summary>
    public required string Self { get; init; }

    /// <summary>The site whose cluster is primary: <see cref="Self"/> where this site serves users.</summary>
    public required string Primary { get; init; }

    /// <summary>The other site (<c>north</c>).</summary>
    public required string Peer { get; init; }

    /// <summary>The bucket, in this site's store, that mirrors the other site's backups.</summary>
    public required string PeerBucket { get; init; }

    /// <summary>Whether this cluster is created from the other site's backups (a standby, or a site recovering without one).</summary>
    public required bool FromPeer { get; init; }

    /// <summary>Whether this site's cluster is the primary.</summary>
    public bool IsPrimary => Primary == Self;
}
