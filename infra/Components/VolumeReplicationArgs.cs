namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="VolumeReplication"/>.</summary>
public sealed record VolumeReplicationArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces: Trident Protect's and every claim set's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The storage whose replicated tiers' classes the mirrors use.</summary>
    public required Storage Storage { get; init; }

    /// <summary>The vaults, the role, and the claim sets.</summary>
    public required ResearchPlatform.Components.Replication.VolumeReplicationArgs Replication { get; init; }
}
