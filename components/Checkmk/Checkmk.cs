using k8s.Models;
using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Checkmk;

/// <summary>
/// The Checkmk Kubernetes agent (pinned chart): node collectors on every node, and the cluster
/// collector the site's Checkmk server reads over TLS with the agent's token, at its own address on
/// the node network, from that server only. The collector's certificate is signed by the cluster CA,
/// the CA the Checkmk server already trusts for the API server.
/// </summary>
public static class Checkmk
{
    public const string Type = "research-platform:checkmk:Checkmk";

    /// <summary>The agent's namespace: privileged, for the node collectors.</summary>
    public const string Namespace = "checkmk";

    /// <summary>The release, which names the chart's objects (<c>checkmk-cluster-collector</c>).</summary>
    public const string Release = "checkmk";

    /// <summary>The cluster collector's Service, as the chart names it.</summary>
    public const string CollectorService = "checkmk-cluster-collector";

    /// <summary>The collector's Service port; the pods listen on <see cref="CollectorPodPort"/>.</summary>
    public const int CollectorPort = 8080;

    /// <summary>The collector pods' port.</summary>
    public const int CollectorPodPort = 10050;

    /// <summary>The ServiceAccount whose token the Checkmk server presents (the chart's reader allow-list).</summary>
    public const string TokenSecret = "checkmk-checkmk";

    /// <summary>The collector's pods, as the chart labels them.</summary>
    public static IReadOnlyDictionary<string, string> CollectorPods { get; } = new Dictionary<string, string>
    {
        ["app.kubernetes.io/name"] = "checkmk",
        ["app.kubernetes.io/instance"] = Release,
        ["app"] = CollectorService,
    };

    /// <summary>What the agent's workloads need beyond restricted, for the release's record and <c>summary.md</c>.</summary>
    public static IReadOnlyList<string> PrivilegedWorkloads { get; } =
    [
        "checkmk-node-collector-container-metrics DaemonSet: its cAdvisor runs as root with SYS_PTRACE and reads every container's cgroups through hostPath /sys, /var/run and /var/lib/docker",
    ];

    /// <summary>The agent, the collector's certificate and its external Service.</summary>
    public static (PlanComponent Component, CheckmkHandle Handle) Build(CheckmkArgs args, KubernetesWiring on, ClusterParts cluster, string name = "checkmk")
    {
        // The node collectors reach it by its Service name, the Checkmk server by its address.
        var tls = SignedCertificate.Issue(
            "checkmk-collector",
            new CertificateSubject(CollectorService, "research-platform"),
            cluster.Pki.CaKeyPem,
            cluster.Pki.CaCertPem,
            args.CertificateValidityHours,
            args.EarlyRenewalHours,
            ["server_auth", "digital_signature", "key_encipherment"],
            [CollectorService, $"{CollectorService}.{args.Namespace}", $"{CollectorService}.{args.Namespace}.svc", $"{CollectorService}.{args.Namespace}.svc.cluster.local"],
            [args.CollectorAddress]);
        var release = on.Release(Release, args.Chart, args.Namespace, [tls.Key, tls.Certificate], CheckmkValues.Build(tls.KeyPem, tls.CertificatePem, cluster.Pki.CaCertPem), PrivilegedWorkloads);
        var external = on.Manifest("checkmk-collector-external", [release], KubernetesObjects.ToPlanValue(new V1Service
        {
            ApiVersion = "v1",
            Kind = "Service",
            Metadata = new V1ObjectMeta
            {
                Name = $"{CollectorService}-external",
                NamespaceProperty = args.Namespace,
                Annotations = new Dictionary<string, string> { ["kube-vip.io/loadbalancerIPs"] = args.CollectorAddress },
            },
            Spec = new V1ServiceSpec
            {
                Type = "LoadBalancer",

                // Local keeps the Checkmk server's own address on the packets, which is what the
                // namespace's network policy admits; kube-vip announces from a node with a collector.
                ExternalTrafficPolicy = "Local",
                Selector = new Dictionary<string, string>(CollectorPods),
                Ports = [new V1ServicePort { Name = "api", Port = CollectorPort, TargetPort = CollectorPodPort, Protocol = "TCP" }],
            },
        }));
        var handle = new CheckmkHandle($"https://{args.CollectorAddress}:{CollectorPort}", cluster.ApiServer, args.Namespace, TokenSecret);
        return (new PlanComponent(Type, name, [.. tls.All, release, external]), handle);
    }
}
