using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Airflow;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Sections.Identity;
using ResearchPlatform.Stacks.Sections.ObjectStorage;
using ResearchPlatform.Stacks.Validation;
using Pipelines = ResearchPlatform.Components.Airflow.Airflow;

namespace ResearchPlatform.Stacks.Sections.Airflow;

/// <summary>
/// <c>research-platform:airflow</c>: Apache Airflow on the KubernetesExecutor, DAGs from Git, its
/// database on the platform PostgreSQL and its task logs in S3, signed in through the broker.
/// </summary>
public sealed class AirflowSection : PlatformSection<AirflowArgs>, IHostnames, ISsoClients, IDatabases, IBuckets, INotebookServices, IScrapeTargets
{
    /// <summary>The broker client of Airflow's web UI.</summary>
    public const string ClientId = "airflow";

    public override string Key => "airflow";

    /// <summary>No: Airflow writes its metadata database, which at a standby is a read-only replica.</summary>
    public override bool RunsAtStandby(StackConfig config) => false;

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new AirflowRules()];

    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) => config.Airflow is null ? [] : [Pipelines.Metrics];

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        config.Airflow is { } airflow ? [(ConfigPath.Child(ConfigPath.Section(Key), "hostname"), airflow.Hostname)] : [];

    public IEnumerable<SsoClient> Clients(StackConfig config) =>
        config.Airflow is { } airflow ? [new SsoClient(ClientId, "Airflow", [AirflowLogin.RedirectUri(airflow.Hostname)])] : [];

    public IEnumerable<string> Databases(StackConfig config) => config.Airflow is null ? [] : ["airflow"];

    public IEnumerable<S3Bucket> Buckets(StackConfig config) =>
        config.Airflow is null ? [] : [new S3Bucket(Pipelines.LogBucket, "Airflow's task logs")];

    /// <summary>Airflow's UI and REST API, through the Gateway (<c>AIRFLOW_URL</c>).</summary>
    public IEnumerable<NotebookService> NotebookServices(StackConfig config) => config.Airflow is { } airflow
        ? [new NotebookService("AIRFLOW_URL", $"https://{airflow.Hostname}", EntrySection.ThroughGateway(config, "tools-through-gateway"))]
        : [];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config)
    {
        if (config.Airflow is not { } airflow)
        {
            return [];
        }

        var gitPort = Uri.TryCreate(airflow.Dags.Repository, UriKind.Absolute, out var url) ? url.Port : 443;
        return
        [
            new(Pipelines.Namespace, "restricted", "Apache Airflow: pipelines on the KubernetesExecutor")
            {
                Ingress =
                [
                    new IngressAllowance("ui-from-gateway", [], [Pipelines.Port]) { FromNamespaces = [EntryPoint.GatewayNamespace], Pods = ("component", ["api-server"]) },

                    // Task pods call the API server's execution API; the API server reads their logs.
                    new IngressAllowance("airflow-peers", [], []) { FromNamespaces = [Pipelines.Namespace] },
                ],
                Egress =
                [
                    new EgressAllowance("airflow-peers-out", [], []) { ToNamespaces = [Pipelines.Namespace] },

                    // The scheduler starts a pod per task; the others watch and read them.
                    PlatformNamespaces.ApiEgress(config) with { Pods = ("component", ["scheduler", "api-server", "triggerer", "dag-processor"]) },
                    new EgressAllowance("metadata-database", [], [PlatformPostgres.Port]) { ToNamespaces = [PlatformPostgres.Namespace] },
                    ObjectStorageSection.ClientEgress(config) with { Name = "task-logs" },
                    new EgressAllowance("dag-repository", [airflow.Dags.Network.ToString()], [gitPort]),
                    EntrySection.ThroughGateway(config, "broker-through-gateway") with { Pods = ("component", ["api-server"]) },
                ],
            },
        ];
    }

    public override AirflowArgs? Args(StackConfig config) => config.Airflow is not { } airflow ? null : new()
    {
        Hostname = airflow.Hostname,
        Dags = new DagRepository(airflow.Dags.Repository, airflow.Dags.Branch, airflow.Dags.SubPath)
        {
            Username = airflow.Dags.Username,
            Token = airflow.Dags.Token is { } token ? new ConfigSecretReference(token.KeyPath) : null,
        },
        Roles = IdentitySection.Roles(config),
        FernetKey = new ConfigSecretReference(airflow.FernetKey!.KeyPath),
        ApiSecretKey = new ConfigSecretReference(airflow.ApiSecretKey!.KeyPath),
        JwtSecret = new ConfigSecretReference(airflow.JwtSecret!.KeyPath),
        RootCertificate = config.Entry.Ca.RootCertificate,
        StorageIdentity = Key,
        ClientId = ClientId,
    };

    public override IEnumerable<StackOutput> Outputs(AirflowArgs args) =>
        [new("airflowUrl", $"https://{args.Hostname}", "Airflow's UI and REST API, behind single sign-on")];

    public override SectionParts Compose(AirflowArgs args, PlatformHandles platform)
    {
        var gateway = platform.Require<GatewayHandle>(Key);
        var identity = platform.Require<IdentityHandle>(Key);
        var postgres = platform.Require<PostgresHandle>(Key);
        var storage = platform.Require<ObjectStorageHandle>(Key);
        var wiring = Pipelines.Wiring(args, platform.Cluster.Provider, platform.Namespaces, gateway, identity, postgres, storage);
        return new SectionParts([Pipelines.Build(args, wiring, gateway, identity, postgres, storage)]);
    }
}
