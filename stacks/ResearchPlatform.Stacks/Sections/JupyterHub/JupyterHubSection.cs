using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.JupyterHub;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Replication;
using ResearchPlatform.Stacks.Sections.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;
using Hub = ResearchPlatform.Components.JupyterHub.JupyterHub;
using HubArgs = ResearchPlatform.Components.JupyterHub.JupyterHubArgs;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub</c>: the hub, its notebooks' namespace, and the storage they use.</summary>
public sealed class JupyterHubSection : PlatformSection<HubArgs>, IHostnames, ISsoClients, IDatabases, IDatabaseUsers, IScrapeTargets, IReplicatedClaims
{
    public override string Key => "jupyterhub";

    /// <summary>No: the hub writes its database and the spawner would create empty the homes the mirrors bring back: at a standby the database is a read-only replica.</summary>
    public override bool RunsAtStandby(StackConfig config) => false;

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new JupyterHubRules(), new HubDatabaseRules()];

    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) => [Hub.Metrics(PlatformNamespaces.Notebooks)];

    /// <summary>
    /// The homes of each tier on a replicated storage tier: the claims the spawner labels with the
    /// user's tier, so a new user's home is covered the moment it is created.
    /// </summary>
    public IEnumerable<ProtectedClaims> ReplicatedClaims(StackConfig config) => JupyterHubComposition.HomeTiers(config)
        .Where(t => config.Storage.Tiers.Any(s => s.Name == t.StorageTier && s.Replicated))
        .Select(t => new ProtectedClaims($"homes-{t.Tier}", PlatformNamespaces.Notebooks, t.StorageTier, (Hub.TierLabel, t.Tier)));

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
            Egress =
            [
                PlatformNamespaces.ApiEgress(config) with { Name = "kubernetes-api-jupyterhub-system", Pods = ("component", ["user-scheduler", "hook-image-awaiter"]) },

                // Notebooks reach the research database and the object storage, nothing else private.
                new EgressAllowance("notebooks-research-database", [], [PlatformPostgres.Port]) { ToNamespaces = [PlatformPostgres.Namespace], Pods = Notebooks },
                ObjectStorageSection.ClientEgress(config, Notebooks) with { Name = "notebooks-object-storage" },

                // And the tools: each offers its address and the one flow that reaches it.
                .. JupyterHubComposition.ToolServices(config).Select(s => s.Egress with { Name = $"notebooks-{s.Egress.Name}", Pods = Notebooks }).DistinctBy(e => e.Name),
            ],
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

    /// <summary>The notebooks' roles on the research database, one per tier: researchers write, students read.</summary>
    public IEnumerable<PostgresUser> Users(StackConfig config) =>
        ObjectStorageSection.Tiers.Select(t => new PostgresUser(TierRole(config, t.Tier), config.Postgres.ResearchDatabase, ReadOnly: !t.WritesDatabase));

    /// <summary>The research database role of tier <paramref name="tier"/>'s notebooks (<c>research_student</c>).</summary>
    public static string TierRole(StackConfig config, string tier) => $"{config.Postgres.ResearchDatabase}_{tier}";

    private static (string, IReadOnlyList<string>) Notebooks => ("component", ["singleuser-server"]);

    public IEnumerable<string> Databases(StackConfig config) => config.JupyterHub.Database.Host is null ? [config.JupyterHub.Database.Name] : [];

    public override SectionParts Compose(HubArgs args, PlatformHandles platform)
    {
        var wired = JupyterHubComposition.Wired(
            args,
            platform.Require<GatewayHandle>(Key),
            args.Database is null || args.ResearchDatabase is not null ? platform.Require<PostgresHandle>(Key) : null,
            args.Login.Method == AuthMethod.Broker ? platform.Require<IdentityHandle>(Key) : null,
            platform.Require<ObjectStorageHandle>(Key));
        var replicas = platform.Published.OfType<ReplicationHandle>().FirstOrDefault()?.ReadyIn(PlatformNamespaces.Notebooks) ?? [];
        return new SectionParts([Hub.Build(wired, Hub.Wiring(wired, platform.Cluster.Provider, platform.Namespaces, platform.Storage.Classes, platform.Storage.Drives, replicas))]);
    }
}
