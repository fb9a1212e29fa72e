using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>
/// What the cluster's own metrics cannot see: whether the API VIP and each host name behind the
/// Gateway answer from inside, over TLS verified against the cluster CA and the university CA.
/// The blackbox exporter probes, and Prometheus collects through one Probe per job.
/// </summary>
public static class PlatformProbes
{
    /// <summary>The release, which also names the exporter's Service (its fullname).</summary>
    public const string Release = "blackbox-exporter";

    /// <summary>The exporter's port.</summary>
    public const int Port = 9115;

    /// <summary>The job of the API VIP's probe (<c>probe_success{job="api-vip"}</c>).</summary>
    public const string ApiJob = "api-vip";

    /// <summary>The job of the host names' probes.</summary>
    public const string GatewayJob = "gateway";

    /// <summary>The module that completes a TLS handshake with the API server, verified against the cluster CA.</summary>
    public const string ApiModule = "api_tls";

    /// <summary>The module that asks each host name for its front page, verified against the university CA; sign-in redirects and refusals count as answers.</summary>
    public const string HttpsModule = "https_answers";

    /// <summary>The chart's values: the two modules, the CA ConfigMap mounted, and the restricted pod context the chart lacks.</summary>
    public static MapValue Values(string caConfigMap, string caPath) => Map(
        ("fullnameOverride", Release),
        ("image", Map(
            ("registry", MonitoringImages.BlackboxRegistry),
            ("repository", MonitoringImages.BlackboxRepository),

            // The digest rides in the tag, where the policy check and every other chart's values carry it.
            ("tag", $"{MonitoringImages.BlackboxTag}@{MonitoringImages.BlackboxDigest}"))),

        // The chart's container context is restricted already but leaves out the seccomp profile.
        ("podSecurityContext", Map(("seccompProfile", Map(("type", "RuntimeDefault"))))),
        ("resources", ContainerResources.Of("10m", "32Mi", "200m", "128Mi")),
        ("extraConfigmapMounts", List(Map(("name", caConfigMap), ("mountPath", caPath), ("configMap", caConfigMap), ("readOnly", true), ("defaultMode", 292)))),
        ("config", Map(("modules", Map(
            (ApiModule, Map(
                ("prober", "tcp"),
                ("timeout", "5s"),
                ("tcp", Map(("preferred_ip_protocol", "ip4"), ("tls", true), ("tls_config", Map(("ca_file", $"{caPath}/cluster-ca.crt"))))))),
            (HttpsModule, Map(
                ("prober", "http"),
                ("timeout", "10s"),
                ("http", Map(
                    ("preferred_ip_protocol", "ip4"),
                    ("follow_redirects", false),
                    ("fail_if_not_ssl", true),
                    ("valid_status_codes", List(200, 301, 302, 303, 307, 308, 401, 403)),
                    ("tls_config", Map(("ca_file", $"{caPath}/platform-ca.crt"))))))))))));

    /// <summary>The Probe of the API VIP (<c>host:port</c>) and the Probe of every URL, in <paramref name="namespace"/>.</summary>
    public static IEnumerable<PlanValue> For(string apiEndpoint, IEnumerable<string> urls, string @namespace) =>
    [
        Probe(ApiJob, ApiModule, [apiEndpoint], @namespace),
        Probe(GatewayJob, HttpsModule, [.. urls], @namespace),
    ];

    private static PlanValue Probe(string job, string module, IReadOnlyList<string> targets, string @namespace) => Map(
        ("apiVersion", "monitoring.coreos.com/v1"),
        ("kind", "Probe"),
        ("metadata", Map(("name", job), ("namespace", @namespace))),
        ("spec", Map(
            ("jobName", job),
            ("prober", Map(("url", $"{Release}.{@namespace}.svc:{Port}"), ("scheme", "http"), ("path", "/probe"))),
            ("module", module),
            ("interval", "30s"),
            ("scrapeTimeout", "15s"),
            ("targets", Map(("staticConfig", Map(("static", Strings(targets)))))))));
}
