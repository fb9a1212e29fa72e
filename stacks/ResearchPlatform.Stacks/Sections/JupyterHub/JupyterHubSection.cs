using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.JupyterHub;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;
using Hub = ResearchPlatform.Components.JupyterHub.JupyterHub;
using HubArgs = ResearchPlatform.Components.JupyterHub.JupyterHubArgs;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub</c>: the hub, its notebooks' namespace, and the storage they use.</summary>
public sealed class JupyterHubSection : PlatformSection<HubArgs>, IHostnames, ISsoClients, IDatabases
{
    public override string Key => "jupyterhub";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new JupyterHubRules(), new HubDatabaseRules()];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config) =>
    [
        // Enforcing restricted would reject pods of the chart and notebooks of KubeSpawner, which do
        // not all set seccomp profiles and drop capabilities; baseline still refuses privileged,
        // host-namespace and hostPath pods, and the namespace warns about everything restricted would.
        new(PlatformNamespaces.Notebooks, "baseline", "JupyterHub and the notebook servers")
        {
            // Every home volume and department claim lives here.
            HoldsClaims = true,

            // The chart's own policies cover hub, proxy and notebooks; its user scheduler and the
            // pre-puller's awaiter also talk to the API, and nothing else does.
            Egress = [PlatformNamespaces.ApiEgress(config) with { Name = "kubernetes-api-jupyterhub-system", Pods = ("component", ["user-scheduler", "hook-image-awaiter"]) }],
        },
    ];

    public override HubArgs Args(StackConfig config) => JupyterHubComposition.Args(config);

    public override IEnumerable<StackOutput> Outputs(HubArgs args) =>
        [new StackOutput("hubUrl", $"https://{args.Hostname}", "JupyterHub, through the platform's TLS entry point")];

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        [(ConfigPath.Child(ConfigPath.Section(Key), "hostname"), config.JupyterHub.Hostname)];

    public IEnumerable<SsoClient> Clients(StackConfig config) => config.JupyterHub.Authentication.Method == AuthMethod.Broker
        ? [new SsoClient(JupyterHubComposition.BrokerClientId, "JupyterHub", [$"https://{config.JupyterHub.Hostname}/hub/oauth_callback"])]
        : [];

    public IEnumerable<string> Databases(StackConfig config) => config.JupyterHub.Database.Host is null ? [config.JupyterHub.Database.Name] : [];

    public override SectionParts Compose(HubArgs args, PlatformHandles platform)
    {
        var routed = args with { Gateway = platform.Require<GatewayHandle>(Key) };
        if (routed.Database is null)
        {
            routed = Hub.OnPlatformDatabase(routed, platform.Require<Components.Postgres.PostgresHandle>(Key));
        }

        if (args.Login.Method == AuthMethod.Broker)
        {
            routed = routed with { Login = JupyterHubComposition.ThroughBroker(routed.Login, platform.Require<IdentityHandle>(Key)) };
        }

        return new SectionParts([Hub.Build(routed, Hub.Wiring(routed, platform.Cluster.Provider, platform.Namespaces, platform.Storage.Classes, platform.Storage.Drives))]);
    }
}
