namespace ResearchPlatform.Components.Replication;

/// <summary>What this site does with the protected claims.</summary>
public enum ReplicationRole
{
    /// <summary>The claims live here: an application and a snapshot schedule each, which the other site mirrors.</summary>
    Source,

    /// <summary>The other site's claims are mirrored here, read-only (<c>Established</c>).</summary>
    Mirror,

    /// <summary>The mirrors are promoted to read-write claims here (<c>Promoted</c>), before their workloads start.</summary>
    Promote,
}
