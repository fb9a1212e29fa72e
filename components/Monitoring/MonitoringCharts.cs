using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>The monitoring charts, pinned.</summary>
public static class MonitoringCharts
{
    /// <summary>kube-prometheus-stack 88.5.3 (Prometheus Operator v0.93.1, Grafana 13.2 from the grafana-community chart 12.11.1).</summary>
    public static readonly HelmChart KubePrometheusStack = new("https://prometheus-community.github.io/helm-charts", "kube-prometheus-stack", "88.5.3");

    /// <summary>prometheus-blackbox-exporter 11.17.2 (blackbox exporter v0.28.0): the probes of the API VIP and the Gateway's host names.</summary>
    public static readonly HelmChart BlackboxExporter = new("https://prometheus-community.github.io/helm-charts", "prometheus-blackbox-exporter", "11.17.2");
}
