namespace ResearchPlatform.Components.Monitoring;

/// <summary>A component's metrics, as the monitoring stack scrapes them: a ServiceMonitor or a PodMonitor in its namespace.</summary>
/// <param name="Name">The monitor's name (<c>cert-manager</c>).</param>
/// <param name="Namespace">The component's namespace.</param>
/// <param name="Selector">The labels of its Services (or pods, for <see cref="Pods"/>).</param>
/// <param name="Port">The port's name; empty to scrape pods by <paramref name="PortNumber"/> where they do not all name it.</param>
/// <param name="PortNumber">The port's number, which the namespace's network policy opens to Prometheus.</param>
public sealed record ScrapeTarget(string Name, string Namespace, IReadOnlyDictionary<string, string> Selector, string Port, int PortNumber)
{
    /// <summary>The metrics path. Default: <c>/metrics</c>.</summary>
    public string Path { get; init; } = "/metrics";

    /// <summary>Scrape the pods directly (a PodMonitor), not through a Service.</summary>
    public bool Pods { get; init; }

    /// <summary>A selector of <paramref name="labels"/>.</summary>
    public static IReadOnlyDictionary<string, string> Selecting(params (string Key, string Value)[] labels) => labels.ToDictionary(l => l.Key, l => l.Value);
}
