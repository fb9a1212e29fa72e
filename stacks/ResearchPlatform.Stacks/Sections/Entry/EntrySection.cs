using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Entry;

/// <summary>
/// <c>research-platform:entry</c>: the Gateway API CRDs, Traefik and its Gateway at a fixed address,
/// and cert-manager with the university CA. Publishes the <see cref="GatewayHandle"/> tools attach to.
/// </summary>
public sealed class EntrySection : PlatformSection<EntryArgs>, IScrapeTargets
{
    public override string Key => "entry";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new EntryRules()];

    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) =>
        [EntryPoint.CertificateMetrics(Args(config).CertManagerNamespace), EntryPoint.GatewayMetrics];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config)
    {
        var api = PlatformNamespaces.ApiEgress(config);
        var defaults = Args(config);
        return
        [
            new(defaults.GatewayNamespace, "restricted", "Traefik: the platform's TLS entry point")
            {
                // Clients reach the Gateway on its listeners from anywhere; it reaches the tools' services.
                Ingress = [new IngressAllowance("web-and-websecure", ["0.0.0.0/0"], [8000, 8443])],
                Egress = [api, new EgressAllowance("platform-services", [], []) { ToPlatform = true }],
            },
            new(defaults.CertManagerNamespace, "restricted", "cert-manager: certificates from the university CA")
            {
                // The API server calls the webhook from the control-plane nodes.
                Ingress = [new IngressAllowance("webhook-from-api-server", [config.Site.Network.Subnet.ToString()], [10250]) { Pods = ("app.kubernetes.io/component", ["webhook"]) }],
                Egress = [api],
            },

            // kube-vip answers ARP for service addresses from the node's own network stack.
            new(defaults.ServiceVipNamespace, "privileged", "kube-vip: announces the entry address on the node network") { Egress = [api] },
        ];
    }

    /// <summary>
    /// Egress to the platform's tools at their https URLs: the entry address, and the Gateway's pods it
    /// is translated to inside the cluster. Pods that sign in through the broker or call another tool need it.
    /// </summary>
    public static EgressAllowance ThroughGateway(StackConfig config, string name) =>
        new(name, [$"{config.Entry.Address}/32"], [443, 8443]) { ToNamespaces = [EntryPoint.GatewayNamespace] };

    public override EntryArgs Args(StackConfig config) => new()
    {
        Domain = config.Entry.Domain,
        Hostnames = [.. PlatformSections.All.OfType<IHostnames>().SelectMany(s => s.Hostnames(config)).Select(h => h.Hostname)],
        Address = config.Entry.Address.ToString(),
        Interface = config.Vsphere.GuestInterface,
        CaCertificate = new Components.Plan.Values.ConfigSecretReference(config.Entry.Ca.Certificate.KeyPath),
        CaKey = new Components.Plan.Values.ConfigSecretReference(config.Entry.Ca.Key.KeyPath),
        RootCertificate = config.Entry.Ca.RootCertificate,
        SystemNamespace = PlatformNamespaces.System,
        KubectlImage = Components.Kubernetes.PlatformImages.Kubectl,
    };

    public override IEnumerable<Components.Plan.StackOutput> Outputs(EntryArgs args) =>
        [new("entryAddress", args.Address, $"the TLS entry point's address: point *.{args.Domain} at it in DNS")];

    public override SectionParts Compose(EntryArgs args, PlatformHandles platform)
    {
        var parts = EntryPoint.Build(args, EntryPoint.Wiring(args, platform.Cluster.Provider, platform.Namespaces));
        return new SectionParts(parts.All) { Handles = [parts.Gateway, parts.Issuer] };
    }
}
