using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Entry;

/// <summary>
/// The platform's one TLS entry point: the Gateway API CRDs, Traefik as their implementation with one
/// Gateway (HTTPS for <c>*.&lt;domain&gt;</c>, HTTP redirected), its fixed address announced on the node
/// network by kube-vip, and cert-manager issuing each listener's certificate from the university CA.
/// </summary>
public static class EntryPoint
{
    public const string Type = "research-platform:entry:EntryPoint";

    /// <summary>The ClusterIssuer (and its CA Secret) made from the university intermediate.</summary>
    public const string Issuer = "university-ca";

    /// <summary>The namespace of Traefik and the Gateway.</summary>
    public const string GatewayNamespace = "traefik";

    /// <summary>The HTTPS listener tools' routes attach to.</summary>
    public const string HttpsListener = "websecure";

    /// <summary>The prefix of every host's HTTPS listener.</summary>
    public const string ListenerPrefix = "https-";

    /// <summary>Traefik's metrics, on each pod (the chart publishes no metrics Service).</summary>
    public static ScrapeTarget GatewayMetrics { get; } = new("traefik", GatewayNamespace, ScrapeTarget.Selecting(("app.kubernetes.io/name", "traefik")), "metrics", 9100) { Pods = true };

    /// <summary>cert-manager's controller metrics, which carry every certificate's expiry.</summary>
    public static ScrapeTarget CertificateMetrics(string @namespace) =>
        new("cert-manager", @namespace, ScrapeTarget.Selecting(("app.kubernetes.io/name", "cert-manager"), ("app.kubernetes.io/component", "controller")), "http-metrics", 9402);

    /// <summary>The HTTPS listener of <paramref name="hostname"/> (<c>https-hub</c>): each host has its own, with its own certificate.</summary>
    public static string Listener(string hostname) => ListenerPrefix + hostname[..hostname.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The CRDs cert-manager's custom resources need before they can be created.</summary>
    public static readonly IReadOnlyList<string> CertManagerCrds = ["clusterissuers.cert-manager.io", "certificates.cert-manager.io"];

    /// <summary>The entry point goes into its namespaces (and its Job into the system one) once they exist.</summary>
    public static KubernetesWiring Wiring(EntryArgs args, PlanResource provider, PlanComponent namespaces) => new(provider)
    {
        After = new[] { args.GatewayNamespace, args.CertManagerNamespace, args.ServiceVipNamespace, args.SystemNamespace }
            .Select(ns => Platform.Namespaces.Of(namespaces, ns))
            .ToList(),
    };

    /// <summary>Builds the entry point; <paramref name="on"/> names the namespaces it goes into.</summary>
    public static EntryParts Build(EntryArgs args, KubernetesWiring on, string name = "entry")
    {
        var parent = new PlanComponent(Type, name, []);
        var crds = new PlanResource
        {
            Name = "gateway-api-crds",
            Provider = on.ProviderName,
            Spec = new KubernetesManifestSpec { Objects = [], Files = [EntryCharts.GatewayApiCrds] },
        };
        var vips = on.Release("kube-vip-services", EntryCharts.KubeVip, args.ServiceVipNamespace, [], ServiceVipValues(args), ["kube-vip DaemonSet: answers ARP for the entry address on the worker nodes' network (host network, NET_ADMIN, NET_RAW)"]);
        var certManager = on.Release("cert-manager", EntryCharts.CertManager, args.CertManagerNamespace, [crds], CertManagerValues());
        var ready = new PlanResource
        {
            Name = "cert-manager-crds-ready",
            Provider = on.ProviderName,
            DependsOn = [certManager.Name, .. on.AfterNames],
            Spec = new KubernetesManifestSpec { Objects = CrdReadyJob.Objects("cert-manager-crds-ready", args.SystemNamespace, args.KubectlImage, CertManagerCrds) },
        };
        var caSecret = new PlanResource
        {
            Name = "university-ca-secret",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec
            {
                SecretName = Issuer,
                Namespace = args.CertManagerNamespace,
                Type = "kubernetes.io/tls",

                // cert-manager signs with tls.crt/tls.key and names ca.crt as the issued certificates' CA.
                StringData =
                [
                    KeyValuePair.Create("tls.crt", args.CaCertificate),
                    KeyValuePair.Create("tls.key", args.CaKey),
                    KeyValuePair.Create<string, PlanValue>("ca.crt", args.RootCertificate),
                ],
            },
        };
        var issuer = new PlanResource
        {
            Name = "cluster-issuer",
            Provider = on.ProviderName,
            DependsOn = [ready.Name, caSecret.Name],
            Spec = new KubernetesManifestSpec
            {
                Objects =
                [
                    Map(
                        ("apiVersion", "cert-manager.io/v1"),
                        ("kind", "ClusterIssuer"),
                        ("metadata", Map(("name", Issuer))),
                        ("spec", Map(("ca", Map(("secretName", Issuer)))))),
                ],
            },
        };
        var traefik = on.Release("traefik", EntryCharts.Traefik, args.GatewayNamespace, [crds, issuer, vips], TraefikValues(args));
        var gateway = new GatewayHandle(args.GatewayName, args.GatewayNamespace, args.Hostnames, args.Domain, traefik);
        return new EntryParts(
            parent,
            new PlanComponent("research-platform:entry:GatewayApi", "gateway-api", [crds], parent.Name),
            new PlanComponent("research-platform:entry:ServiceVips", "service-vips", [vips], parent.Name),
            new PlanComponent("research-platform:entry:Traefik", "traefik", [traefik], parent.Name),
            new PlanComponent("research-platform:entry:CertManager", "cert-manager", [certManager, ready, caSecret, issuer], parent.Name),
            gateway,
            new IssuerHandle(Issuer, args.RootCertificate, issuer));
    }


    // Services only, on workers only: the control-plane nodes' static kube-vip already holds the API
    // VIP (and its metrics port); each service address is elected on its own, so any worker can hold it.
    private static MapValue ServiceVipValues(EntryArgs args) => Map(
        ("env", Map(
            ("vip_interface", args.Interface),
            ("vip_arp", "true"),
            ("cp_enable", "false"),
            ("lb_enable", "false"),
            ("svc_enable", "true"),
            ("svc_election", "true"),
            ("vip_leaderelection", "false"))),
        ("tolerations", List()),
        ("affinity", Map(("nodeAffinity", Map(("requiredDuringSchedulingIgnoredDuringExecution", Map(
            ("nodeSelectorTerms", List(Map(("matchExpressions", List(Map(("key", "node-role.kubernetes.io/control-plane"), ("operator", "DoesNotExist"))))))))))))),
        ("resources", ContainerResources.Of("50m", "64Mi", "500m", "128Mi")));

    private static MapValue CertManagerValues() => Map(
        ("crds", Map(("enabled", true), ("keep", true))),

        // The Gateway shim: a Gateway annotated with the issuer gets a certificate per HTTPS listener.
        ("config", Map(
            ("apiVersion", "controller.config.cert-manager.io/v1alpha1"),
            ("kind", "ControllerConfiguration"),
            ("gatewayAPI", Map(("enabled", true))))),
        ("resources", ContainerResources.Of("50m", "128Mi", "500m", "512Mi")),
        ("webhook", Map(("resources", ContainerResources.Of("20m", "64Mi", "200m", "128Mi")))),
        ("cainjector", Map(("resources", ContainerResources.Of("20m", "128Mi", "200m", "512Mi")))),
        ("startupapicheck", Map(("resources", ContainerResources.Of("20m", "64Mi", "200m", "128Mi")))));

    private static MapValue TraefikValues(EntryArgs args)
    {
        // Routes attach only from the platform's own namespaces.
        var platformOnly = Map(("from", "Selector"), ("selector", Map(("matchLabels", Map(("app.kubernetes.io/managed-by", "research-platform"))))));
        return Map(
            ("deployment", Map(("replicas", 2))),
            ("providers", Map(
                ("kubernetesGateway", Map(("enabled", true))),
                ("kubernetesCRD", Map(("enabled", false))),
                ("kubernetesIngress", Map(("enabled", false))))),
            ("ingressClass", Map(("enabled", false))),
            ("gateway", Map(
                ("name", args.GatewayName),
                ("annotations", Map(("cert-manager.io/cluster-issuer", Issuer))),
                ("listeners", Map([
                    ("web", Map(("port", 8000), ("protocol", "HTTP"), ("namespacePolicy", platformOnly))),

                    // A listener per host, so each gets a certificate of its own from the gateway shim (no wildcard key).
                    .. args.Hostnames.Select(host => (Listener(host), (PlanValue?)Map(
                        ("port", 8443),
                        ("hostname", host),
                        ("protocol", "HTTPS"),
                        ("namespacePolicy", platformOnly),
                        ("certificateRefs", List(Map(("name", $"{Listener(host)}-tls")))),
                        ("mode", "Terminate")))),
                ])))),
            ("ports", Map(("web", Map(("http", Map(("redirections", Map(("entryPoint", Map(("to", HttpsListener), ("scheme", "https"), ("permanent", true))))))))))),
            ("service", Map(
                ("annotations", Map(("kube-vip.io/loadbalancerIPs", args.Address))),
                ("spec", Map(("type", "LoadBalancer"))))),
            ("resources", ContainerResources.Of("100m", "128Mi", "1", "512Mi")));
    }
}
