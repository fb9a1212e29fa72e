using ResearchPlatform.Components.Checkmk;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;
using Agent = ResearchPlatform.Components.Checkmk.Checkmk;

namespace ResearchPlatform.Stacks.Sections.Checkmk;

/// <summary>
/// <c>research-platform:checkmk</c>: the data center's Checkmk monitors the cluster through the
/// Checkmk Kubernetes agent, whose cluster collector only the site's Checkmk server reaches, over TLS.
/// Publishes the <see cref="CheckmkHandle"/> the Checkmk server is configured with.
/// </summary>
public sealed class CheckmkSection : PlatformSection<CheckmkArgs>
{
    public override string Key => "checkmk";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new CheckmkRules()];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config) => config.Checkmk is not { } checkmk
        ? []
        : [
            // The container-metrics collector's cAdvisor runs as root with SYS_PTRACE and reads each host's /sys and container runtime through hostPath.
            new(Agent.Namespace, "privileged", "the Checkmk Kubernetes agent: node collectors on every node, the cluster collector Checkmk reads")
            {
                Ingress =
                [
                    new IngressAllowance("collector-from-checkmk-server", [$"{checkmk.Server}/32"], [Agent.CollectorPodPort]) { Pods = ("app", [Agent.CollectorService]) },

                    // The node collectors send their samples to the cluster collector.
                    new IngressAllowance("checkmk-peers", [], []) { FromNamespaces = [Agent.Namespace] },
                ],
                Egress =
                [
                    new EgressAllowance("checkmk-peers-out", [], []) { ToNamespaces = [Agent.Namespace] },

                    // The cluster collector reviews each caller's token with the API server.
                    PlatformNamespaces.ApiEgress(config),
                ],
            },
        ];

    public override CheckmkArgs? Args(StackConfig config) => config.Checkmk is not { } checkmk ? null : new()
    {
        CollectorAddress = checkmk.CollectorAddress.ToString(),
        Server = $"{checkmk.Server}/32",
    };

    public override IEnumerable<StackOutput> Outputs(CheckmkArgs args) =>
    [
        new("checkmkCollectorUrl", $"https://{args.CollectorAddress}:{Agent.CollectorPort}", "the cluster collector, for the Checkmk server's Kubernetes rule"),
        new("checkmkTokenSecret", $"{Agent.Namespace}/{Agent.TokenSecret}", "the Secret whose token and ca.crt the Checkmk server reads the API and the collector with"),
    ];

    public override SectionParts Compose(CheckmkArgs args, PlatformHandles platform)
    {
        // kube-vip, which announces the collector's address, comes with the entry point.
        var gateway = platform.Require<GatewayHandle>(Key);
        var wiring = new KubernetesWiring(platform.Cluster.Provider) { After = [Components.Platform.Namespaces.Of(platform.Namespaces, args.Namespace), gateway.Ready] };
        var (component, handle) = Agent.Build(args, wiring, platform.Cluster);
        return new SectionParts([component]) { Handles = [handle] };
    }
}
