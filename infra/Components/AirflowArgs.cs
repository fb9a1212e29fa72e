namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="Airflow"/>.</summary>
public sealed record AirflowArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; Airflow's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The entry point whose Gateway serves the UI.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The broker users sign in through.</summary>
    public required IdentityBroker Identity { get; init; }

    /// <summary>The platform PostgreSQL with Airflow's database.</summary>
    public required PlatformPostgres Postgres { get; init; }

    /// <summary>The object storage with the log bucket.</summary>
    public required ObjectStorage ObjectStorage { get; init; }

    /// <summary>The DAG repository, the keys and the host name.</summary>
    public required ResearchPlatform.Components.Airflow.AirflowArgs Airflow { get; init; }
}
