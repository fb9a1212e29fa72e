using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Sections.Identity;
using ResearchPlatform.Stacks.Validation;
using Stack = ResearchPlatform.Components.Monitoring.Monitoring;

namespace ResearchPlatform.Stacks.Sections.Monitoring;

/// <summary>
/// <c>research-platform:monitoring</c>: kube-prometheus-stack with Prometheus on a storage tier,
/// Alertmanager to the configured receiver, Grafana behind the Gateway and signed in through the broker.
/// </summary>
public sealed class MonitoringSection : PlatformSection<MonitoringArgs>, IHostnames, ISsoClients
{
    /// <summary>The broker client of Grafana.</summary>
    public const string ClientId = "grafana";

    public override string Key => "monitoring";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new MonitoringRules()];

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        config.Monitoring is { } m ? [(ConfigPath.Child(ConfigPath.Section(Key), "grafanaHostname"), m.GrafanaHostname)] : [];

    public IEnumerable<SsoClient> Clients(StackConfig config) =>
        config.Monitoring is { } m ? [new SsoClient(ClientId, "Grafana", [GrafanaLogin.RedirectUri(m.GrafanaHostname)])] : [];

    /// <summary>
    /// The components the stack scrapes beyond the cluster's own (API server, kubelets, nodes,
    /// kube-state-metrics): Trident's controller, then every running section's (<see cref="IScrapeTargets"/>).
    /// </summary>
    public static IReadOnlyList<ScrapeTarget> Targets(StackConfig config) =>
        [Trident.Metrics, .. PlatformSections.Running(config).OfType<IScrapeTargets>().SelectMany(s => s.ScrapeTargets(config))];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config)
    {
        if (config.Monitoring is not { } monitoring)
        {
            return [];
        }

        var nodes = config.Site.Network.Subnet.ToString();
        return
        [
            // node-exporter reads every node's /proc, /sys and root file system with the host's PID and network namespaces.
            new(Stack.Namespace, "privileged", "Prometheus, Alertmanager and Grafana (kube-prometheus-stack)")
            {
                // Prometheus's volume.
                HoldsClaims = true,
                Ingress =
                [
                    new IngressAllowance("grafana-from-gateway", [], [Stack.GrafanaPodPort]) { FromNamespaces = [EntryPoint.GatewayNamespace] },

                    // Prometheus scrapes the stack's own exporters and Alertmanager; Grafana queries Prometheus.
                    new IngressAllowance("monitoring-peers", [], []) { FromNamespaces = [Stack.Namespace] },

                    // node-exporter listens on the host network, where Prometheus reaches it by the node's address;
                    // the API server calls the operator's admission webhook from the control-plane nodes.
                    new IngressAllowance("node-exporter-from-nodes", [nodes], [9100]),
                    new IngressAllowance("webhook-from-api-server", [nodes], [10250]) { Pods = ("app", ["kube-prometheus-stack-operator"]) },
                ],
                Egress =
                [
                    new EgressAllowance("monitoring-peers-out", [], []) { ToNamespaces = [Stack.Namespace] },
                    PlatformNamespaces.ApiEgress(config),

                    // The kubelets', node-exporters', controller-managers' and schedulers' metrics on
                    // every node; every platform namespace's own.
                    new EgressAllowance("nodes", [nodes], [9100, 10250, 10257, 10259]),
                    new EgressAllowance("platform-metrics", [], []) { ToPlatform = true },
                    new EgressAllowance("alert-receiver", [monitoring.Alerts.Network.ToString()], [MonitoringRules.ReceiverPort(monitoring.Alerts) ?? 443]),
                    EntrySection.ThroughGateway(config, "broker-through-gateway"),
                ],
            },
        ];
    }

    public override MonitoringArgs? Args(StackConfig config) => config.Monitoring is not { } monitoring ? null : new()
    {
        GrafanaHostname = monitoring.GrafanaHostname,
        StorageClass = StorageClasses.ClassName(config.Storage.Tiers.Select(StorageComposition.Tier).Single(t => t.Name == monitoring.StorageTier)),
        Retention = monitoring.Retention,
        VolumeSize = monitoring.VolumeSize,
        Receiver = monitoring.Alerts.Email is { } email
            ? new AlertReceiver
            {
                EmailTo = email.To,
                EmailFrom = email.From,
                Smarthost = email.Smarthost,
                Username = email.Username,
                Password = email.Password is { } p ? new ConfigSecretReference(p.KeyPath) : null,
            }
            : new AlertReceiver
            {
                WebhookUrl = monitoring.Alerts.Webhook!.Url,
                WebhookToken = monitoring.Alerts.Webhook.Token is { } t ? new ConfigSecretReference(t.KeyPath) : null,
            },
        Roles = IdentitySection.Roles(config),
        RootCertificate = config.Entry.Ca.RootCertificate,
        ClientId = ClientId,
        Targets = Targets(config),
        ProbedUrls = [.. PlatformSections.Running(config).OfType<IHostnames>().SelectMany(s => s.Hostnames(config)).Select(h => $"https://{h.Hostname}/")],
    };

    public override IEnumerable<StackOutput> Outputs(MonitoringArgs args) =>
        [new("grafanaUrl", $"https://{args.GrafanaHostname}", "Grafana's dashboards, behind single sign-on")];

    public override SectionParts Compose(MonitoringArgs args, PlatformHandles platform)
    {
        var gateway = platform.Require<GatewayHandle>(Key);
        var identity = platform.Require<IdentityHandle>(Key);
        var wiring = Stack.Wiring(args, platform.Cluster.Provider, platform.Namespaces, gateway, identity, StorageClasses.For(platform.Storage.Classes, args.StorageClass));
        return new SectionParts([Stack.Build(args, wiring, platform.Cluster, gateway, identity)]);
    }
}
