using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>The monitors of the platform's components, written in the monitoring namespace so they exist only once its CRDs do.</summary>
public static class PlatformMonitors
{
    /// <summary>A ServiceMonitor or PodMonitor per target, each limited to its component's namespace.</summary>
    public static IEnumerable<PlanValue> For(IEnumerable<ScrapeTarget> targets, string @namespace) => targets.Select(t => (PlanValue)Map(
        ("apiVersion", "monitoring.coreos.com/v1"),
        ("kind", t.Pods ? "PodMonitor" : "ServiceMonitor"),
        ("metadata", Map(("name", t.Name), ("namespace", @namespace))),
        ("spec", Map(
            ("namespaceSelector", Map(("matchNames", Strings([t.Namespace])))),
            ("selector", Map(("matchLabels", Map(t.Selector.Select(l => (l.Key, (PlanValue?)l.Value)))))),
            (t.Pods ? "podMetricsEndpoints" : "endpoints", List(Endpoint(t)))))));

    private static MapValue Endpoint(ScrapeTarget target) => Map(
        target.Port.Length > 0 ? ("port", (PlanValue?)target.Port) : ("portNumber", (PlanValue?)target.PortNumber),
        ("path", target.Path),
        ("interval", "30s"));
}
