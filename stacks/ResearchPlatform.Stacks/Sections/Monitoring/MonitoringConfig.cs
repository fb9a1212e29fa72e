namespace ResearchPlatform.Stacks.Sections.Monitoring;

/// <summary><c>research-platform:monitoring</c>: metrics, alerts and dashboards.</summary>
public sealed record MonitoringConfig
{
    /// <summary>Grafana's host name, one label under the platform domain (<c>grafana.dsp.uni-example.edu</c>).</summary>
    public required string GrafanaHostname { get; init; }

    /// <summary>The storage tier of Prometheus's volume: a tier of <c>storage.tiers</c>.</summary>
    public required string StorageTier { get; init; }

    /// <summary>How long samples are kept, in days or weeks (<c>30d</c>). Default: 30d.</summary>
    public string Retention { get; init; } = "30d";

    /// <summary>Prometheus's volume. Default: 200Gi.</summary>
    public string VolumeSize { get; init; } = "200Gi";

    /// <summary>Where alerts go.</summary>
    public required AlertsConfig Alerts { get; init; }
}
