namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="PlatformPostgres"/>.</summary>
public sealed record PlatformPostgresArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the cluster's, the operator's and the jobs' must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The storage whose tier holds the instances.</summary>
    public required Storage Storage { get; init; }

    /// <summary>The entry point, whose CA issuer signs the server certificate.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>Instances, size, databases and backups.</summary>
    public required ResearchPlatform.Components.Postgres.PostgresArgs Postgres { get; init; }
}
