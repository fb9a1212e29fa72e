using ResearchPlatform.Components.Identity;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>Inputs of <see cref="Monitoring"/>.</summary>
public sealed record MonitoringArgs
{
    /// <summary>Grafana's host name, one label under the platform domain.</summary>
    public required string GrafanaHostname { get; init; }

    /// <summary>The StorageClass of Prometheus's volume.</summary>
    public required string StorageClass { get; init; }

    /// <summary>How long Prometheus keeps samples (<c>30d</c>).</summary>
    public required string Retention { get; init; }

    /// <summary>Prometheus's volume (<c>200Gi</c>).</summary>
    public required string VolumeSize { get; init; }

    /// <summary>Where alerts go.</summary>
    public required AlertReceiver Receiver { get; init; }

    /// <summary>The platform's role groups, as the broker names them: Grafana's Admin, Editor and Viewer.</summary>
    public required PlatformRoles Roles { get; init; }

    /// <summary>The root CA (PEM) that verifies the broker behind the Gateway.</summary>
    public required string RootCertificate { get; init; }

    /// <summary>The components' metrics the stack scrapes, beyond the cluster's own.</summary>
    public IReadOnlyList<ScrapeTarget> Targets { get; init; } = [];

    /// <summary>The URLs the blackbox exporter asks, through the Gateway: one per host name the platform serves.</summary>
    public IReadOnlyList<string> ProbedUrls { get; init; } = [];

    /// <summary>The broker client of Grafana.</summary>
    public string ClientId { get; init; } = "grafana";

    /// <summary>The namespace. Default: <c>monitoring</c>.</summary>
    public string Namespace { get; init; } = Monitoring.Namespace;

    /// <summary>The chart.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = MonitoringCharts.KubePrometheusStack;

    /// <summary>The blackbox exporter's chart.</summary>
    public Plan.Resources.HelmChart BlackboxChart { get; init; } = MonitoringCharts.BlackboxExporter;
}
