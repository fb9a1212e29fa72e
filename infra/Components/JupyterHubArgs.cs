namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="JupyterHub"/>.</summary>
public sealed record JupyterHubArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the hub's own must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The entry point whose Gateway the hub's route attaches to.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The identity broker, when the hub signs in through it (<c>method: broker</c>).</summary>
    public IdentityBroker? Identity { get; init; }

    /// <summary>The platform PostgreSQL, when the hub's database is there (no external host).</summary>
    public PlatformPostgres? Postgres { get; init; }

    /// <summary>The platform's S3 store, which notebooks are set up for.</summary>
    public ObjectStorage? ObjectStorage { get; init; }

    /// <summary>Volume replication, whose promotion of this component's claims it waits for at a recovering site.</summary>
    public VolumeReplication? Replication { get; init; }

    /// <summary>The storage whose tiers hold the homes and whose drives the notebooks mount.</summary>
    public required Storage Storage { get; init; }

    /// <summary>Login, tiers, profiles, database, branding and culling.</summary>
    public required ResearchPlatform.Components.JupyterHub.JupyterHubArgs Hub { get; init; }
}
