namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="Ckan"/>.</summary>
public sealed record CkanArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; CKAN's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The storage whose tier holds Solr's index.</summary>
    public required Storage Storage { get; init; }

    /// <summary>The entry point whose Gateway serves the catalog and whose issuer signs the cache's certificate.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The broker users sign in through.</summary>
    public required IdentityBroker Identity { get; init; }

    /// <summary>The platform PostgreSQL with the catalog and DataStore databases.</summary>
    public required PlatformPostgres Postgres { get; init; }

    /// <summary>The object storage with the uploads bucket.</summary>
    public required ObjectStorage ObjectStorage { get; init; }

    /// <summary>The image, the keys, the search tier and the host name.</summary>
    public required ResearchPlatform.Components.Ckan.CkanArgs Ckan { get; init; }
}
