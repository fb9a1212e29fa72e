using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Checkmk;

/// <summary>The agent chart's values: TLS between every collector, requests and limits, the platform's network policies instead of the chart's.</summary>
public static class CheckmkValues
{
    /// <summary>The values with the collector's key and certificate (secret references) and the CA that verifies it.</summary>
    public static MapValue Build(PlanValue collectorKey, PlanValue collectorCertificate, PlanValue caCertificate) => Map(

        // The chart takes the key and certificates as values and writes its own Secret from them;
        // the key is a secret output, kept encrypted in Pulumi state.
        ("tlsCommunication", Map(
            ("enabled", true),
            ("verifySsl", true),
            ("clusterCollectorKey", collectorKey),
            ("clusterCollectorCert", collectorCertificate),
            ("checkmkCaCert", caCertificate))),

        // The platform writes the namespace's default-deny and allowances itself.
        ("networkPolicy", Map(("enabled", false))),
        ("clusterCollector", Map(
            ("image", Image(CheckmkCharts.CollectorRepository)),
            ("podSecurityContext", Map(("runAsNonRoot", true), ("seccompProfile", Map(("type", "RuntimeDefault"))))),
            ("resources", ContainerResources.Of("50m", "128Mi", "500m", "512Mi")))),
        ("nodeCollector", Map(
            ("cadvisor", Map(("image", Image(CheckmkCharts.CadvisorRepository)), ("resources", ContainerResources.Of("50m", "128Mi", "500m", "512Mi")))),
            ("containerMetricsCollector", Map(("image", Image(CheckmkCharts.CollectorRepository)), ("resources", ContainerResources.Of("20m", "64Mi", "200m", "256Mi")))),
            ("machineSectionsCollector", Map(("image", Image(CheckmkCharts.CollectorRepository)), ("resources", ContainerResources.Of("20m", "64Mi", "200m", "256Mi")))))));

    // Named in full, so the policy check sees each image the agent runs.
    private static MapValue Image(string repository) => Map(("repository", repository), ("tag", CheckmkCharts.ImageTag));
}
