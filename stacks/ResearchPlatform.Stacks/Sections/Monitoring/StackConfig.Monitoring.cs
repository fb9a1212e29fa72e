using ResearchPlatform.Stacks.Sections.Monitoring;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The monitoring section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:monitoring</c>: Prometheus, Alertmanager and Grafana; off when absent.</summary>
    public MonitoringConfig? Monitoring { get; init; }
}
