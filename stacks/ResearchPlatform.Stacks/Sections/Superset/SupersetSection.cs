using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Superset;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Sections.Identity;
using ResearchPlatform.Stacks.Validation;
using Dashboards = ResearchPlatform.Components.Superset.Superset;

namespace ResearchPlatform.Stacks.Sections.Superset;

/// <summary>
/// <c>research-platform:superset</c>: Apache Superset through its operator, its metastore on the
/// platform PostgreSQL, the research database as a data source (read-only), signed in through the broker.
/// </summary>
public sealed class SupersetSection : PlatformSection<SupersetArgs>, IHostnames, ISsoClients, IDatabases, IDatabaseUsers, INotebookServices
{
    /// <summary>The broker client of Superset's UI.</summary>
    public const string ClientId = "superset";

    public override string Key => "superset";

    /// <summary>No: Superset writes its metastore, which at a standby is a read-only replica.</summary>
    public override bool RunsAtStandby(StackConfig config) => false;

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new SupersetRules()];

    /// <summary>The read-only role Superset reads the research database as (<c>research_superset</c>).</summary>
    public static string ResearchRole(StackConfig config) => $"{config.Postgres.ResearchDatabase}_superset";

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        config.Superset is { } superset ? [(ConfigPath.Child(ConfigPath.Section(Key), "hostname"), superset.Hostname)] : [];

    public IEnumerable<SsoClient> Clients(StackConfig config) =>
        config.Superset is { } superset ? [new SsoClient(ClientId, "Superset", [SupersetLogin.RedirectUri(superset.Hostname)])] : [];

    public IEnumerable<string> Databases(StackConfig config) => config.Superset is null ? [] : ["superset"];

    public IEnumerable<PostgresUser> Users(StackConfig config) =>
        config.Superset is null ? [] : [new PostgresUser(ResearchRole(config), config.Postgres.ResearchDatabase, ReadOnly: true)];

    /// <summary>Superset's UI and API, through the Gateway (<c>SUPERSET_URL</c>).</summary>
    public IEnumerable<NotebookService> NotebookServices(StackConfig config) => config.Superset is { } superset
        ? [new NotebookService("SUPERSET_URL", $"https://{superset.Hostname}", EntrySection.ThroughGateway(config, "tools-through-gateway"))]
        : [];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config) => config.Superset is null
        ? []
        : [
            new(Dashboards.OperatorNamespace, "restricted", "the Apache Superset operator") { Egress = [PlatformNamespaces.ApiEgress(config)] },
            new(Dashboards.Namespace, "restricted", "Apache Superset: dashboards over the research database")
            {
                Ingress =
                [
                    new IngressAllowance("ui-from-gateway", [], [Dashboards.Port]) { FromNamespaces = [EntryPoint.GatewayNamespace] },

                    // The web server, the Celery workers and Beat use their Valkey.
                    new IngressAllowance("superset-peers", [], []) { FromNamespaces = [Dashboards.Namespace] },
                ],
                Egress =
                [
                    new EgressAllowance("superset-peers-out", [], []) { ToNamespaces = [Dashboards.Namespace] },
                    new EgressAllowance("databases", [], [PlatformPostgres.Port]) { ToNamespaces = [PlatformPostgres.Namespace] },
                    EntrySection.ThroughGateway(config, "broker-through-gateway"),
                ],
            },
        ];

    public override SupersetArgs? Args(StackConfig config) => config.Superset is not { } superset ? null : new()
    {
        Hostname = superset.Hostname,
        Image = superset.Image,
        SecretKey = new ConfigSecretReference(superset.SecretKey!.KeyPath),
        Roles = IdentitySection.Roles(config),
        Research = (config.Postgres.ResearchDatabase, ResearchRole(config)),
        RootCertificate = config.Entry.Ca.RootCertificate,
        ClientId = ClientId,
    };

    public override IEnumerable<StackOutput> Outputs(SupersetArgs args) =>
        [new("supersetUrl", $"https://{args.Hostname}", "Superset's dashboards, behind single sign-on")];

    public override SectionParts Compose(SupersetArgs args, PlatformHandles platform)
    {
        var gateway = platform.Require<GatewayHandle>(Key);
        var identity = platform.Require<IdentityHandle>(Key);
        var postgres = platform.Require<PostgresHandle>(Key);
        var issuer = platform.Require<IssuerHandle>(Key);
        var wiring = Dashboards.Wiring(args, platform.Cluster.Provider, platform.Namespaces, gateway, identity, postgres);
        return new SectionParts([Dashboards.Build(args, wiring, gateway, identity, postgres, issuer)]);
    }
}
