namespace ResearchPlatform.Stacks.Sections.Postgres;

/// <summary><c>research-platform:postgres</c>: the platform PostgreSQL (CloudNativePG), one cluster per site.</summary>
public sealed record PostgresConfig
{
    /// <summary>The storage tier of the instances' volumes: the performance (researcher) tier.</summary>
    public required string StorageTier { get; init; }

    /// <summary>How many instances: one primary, the others streaming replicas. Default: 3.</summary>
    public int Instances { get; init; } = 3;

    /// <summary>Each instance's volume. Default: 50Gi.</summary>
    public string Size { get; init; } = "50Gi";

    /// <summary>The database people use from notebooks. Default: <c>research</c>.</summary>
    public string ResearchDatabase { get; init; } = "research";

    /// <summary>WAL archiving and base backups.</summary>
    public required PostgresBackupConfig Backup { get; init; }
}
