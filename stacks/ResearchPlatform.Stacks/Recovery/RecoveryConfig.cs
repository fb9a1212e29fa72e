namespace ResearchPlatform.Stacks.Recovery;

/// <summary>
/// <c>research-platform:recovery</c>: what a failover may take and the figures the runbook models it
/// with. A platform value: both sites recover to the same target.
/// </summary>
public sealed record RecoveryConfig
{
    /// <summary>The recovery time the modelled failover must stay within, in minutes. Default: 240.</summary>
    public int TargetMinutes { get; init; } = 240;

    /// <summary>Minutes to fence the failed site (isolate its VMs and SVM) before anything is promoted. Default: 15.</summary>
    public int FenceMinutes { get; init; } = 15;

    /// <summary>Minutes for the platform's DNS names to point at the recovering site (the records' TTL and the change). Default: 10.</summary>
    public int DnsMinutes { get; init; } = 10;

    /// <summary>The SnapMirror schedule of the database's backup bucket, in minutes: part of the database's RPO. Default: 15.</summary>
    public int MirrorIntervalMinutes { get; init; } = 15;

    /// <summary>The most data, in minutes, the database may lose in a failover: a standby's replication must stay within it. Default: 30.</summary>
    public int DatabaseRpoMinutes { get; init; } = 30;

    /// <summary>The most data, in minutes, a replicated volume (a researcher's home, the object store) may lose in a failover: a standby's volume mirrors must stay within it. Default: 60.</summary>
    public int VolumeRpoMinutes { get; init; } = 60;

    /// <summary>CloudNativePG's WAL archive timeout: a WAL segment leaves the primary at least this often.</summary>
    public const int ArchiveTimeoutMinutes = 5;

    /// <summary>The database's RPO as replicated: the archive timeout plus the mirror's schedule.</summary>
    public int DatabaseRpo => ArchiveTimeoutMinutes + MirrorIntervalMinutes;

    /// <summary>How student homes come along: <c>svm-dr</c> or <c>backups</c>. Default: <c>backups</c>, which needs nothing set up outside the platform.</summary>
    public StudentHomesRecovery StudentHomes { get; init; } = StudentHomesRecovery.Backups;

    /// <summary>The SVM-DR schedule in minutes, with <c>studentHomes: svm-dr</c>: the student homes' RPO. Default: 60.</summary>
    public int SvmDrIntervalMinutes { get; init; } = 60;

    /// <summary>Seconds a resource of each kind takes to create, overriding <see cref="RecoveryDurations.Defaults"/> (<c>VirtualMachine: 900</c>).</summary>
    public IReadOnlyDictionary<string, int> Durations { get; init; } = new Dictionary<string, int>();
}
