namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="ObjectStorage"/>.</summary>
public sealed record ObjectStorageArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the store's must be among them when it runs in the cluster.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The storage whose replicated tier holds the servers' volumes.</summary>
    public required Storage Storage { get; init; }

    /// <summary>The entry point, whose CA issuer signs the S3 server's certificate.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>Volume replication, whose promotion of this component's claims it waits for at a recovering site.</summary>
    public VolumeReplication? Replication { get; init; }

    /// <summary>Buckets, identities, and where the store runs.</summary>
    public required ResearchPlatform.Components.ObjectStorage.ObjectStorageArgs Store { get; init; }
}
