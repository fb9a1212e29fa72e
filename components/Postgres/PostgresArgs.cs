namespace ResearchPlatform.Components.Postgres;

/// <summary>Inputs of <see cref="PlatformPostgres"/>.</summary>
public sealed record PostgresArgs
{
    public int Instances { get; init; } = 3;

    /// <summary>The StorageClass of the instances' volumes (the performance tier).</summary>
    public required string StorageClass { get; init; }

    /// <summary>Each instance's volume size.</summary>
    public required string Size { get; init; }

    /// <summary>One role and one database of the same name per tool, and the research database.</summary>
    public required IReadOnlyList<string> Databases { get; init; }

    /// <summary>Login roles for people, each kept to one of <see cref="Databases"/>.</summary>
    public IReadOnlyList<PostgresUser> Users { get; init; } = [];

    public required PostgresBackupArgs Backup { get; init; }

    /// <summary>The cert-manager ClusterIssuer that signs the server certificate (the university CA).</summary>
    public required string Issuer { get; init; }

    /// <summary>The root CA (PEM) clients verify the server with.</summary>
    public required string RootCertificate { get; init; }

    public string Namespace { get; init; } = PlatformPostgres.Namespace;

    public string OperatorNamespace { get; init; } = PlatformPostgres.OperatorNamespace;

    /// <summary>The namespace of platform jobs (the wait-for-CRDs Job).</summary>
    public required string SystemNamespace { get; init; }

    public required string KubectlImage { get; init; }

    /// <summary>The two-site topology, or null for a site without a peer.</summary>
    public PostgresReplication? Replication { get; init; }
}
