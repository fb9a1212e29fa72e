namespace ResearchPlatform.Stacks.Sections.Replication;

/// <summary>
/// <c>research-platform:replication.peer</c>: the site this one mirrors, required at a standby or
/// recovering site: its vault as it defines it, and the UID of each of its applications.
/// </summary>
public sealed record ReplicationPeerConfig
{
    /// <summary>The other site's name (its <c>research-platform:site.name</c>).</summary>
    public required string Site { get; init; }

    /// <summary>The other site's vault, the same values as its own <c>replication.vault</c>.</summary>
    public required ReplicationVaultConfig Vault { get; init; }

    /// <summary>
    /// The UID of each application at the other site, by name (<c>homes-researcher: 7498d32c-…</c>):
    /// Trident Protect ties a mirror to that one object. The source's stack output
    /// <c>protectedApplications</c> lists the names; <c>kubectl get application -A</c> there gives the UIDs.
    /// </summary>
    public IReadOnlyDictionary<string, string> Applications { get; init; } = new Dictionary<string, string>();
}
