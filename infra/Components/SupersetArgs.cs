namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="Superset"/>.</summary>
public sealed record SupersetArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; Superset's and its operator's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The entry point whose Gateway serves the UI and whose issuer signs the cache's certificate.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The broker users sign in through.</summary>
    public required IdentityBroker Identity { get; init; }

    /// <summary>The platform PostgreSQL with the metastore and the research database.</summary>
    public required PlatformPostgres Postgres { get; init; }

    /// <summary>The image, the secret key and the host name.</summary>
    public required ResearchPlatform.Components.Superset.SupersetArgs Superset { get; init; }
}
