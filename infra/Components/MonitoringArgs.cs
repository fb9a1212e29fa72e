namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="Monitoring"/>.</summary>
public sealed record MonitoringArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the monitoring one must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The storage whose tier holds Prometheus's volume.</summary>
    public required Storage Storage { get; init; }

    /// <summary>The entry point whose Gateway serves Grafana.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The broker Grafana signs users in through.</summary>
    public required IdentityBroker Identity { get; init; }

    /// <summary>Retention, storage, the receiver and Grafana's host name.</summary>
    public required ResearchPlatform.Components.Monitoring.MonitoringArgs Monitoring { get; init; }
}
