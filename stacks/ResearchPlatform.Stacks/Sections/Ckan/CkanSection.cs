using ResearchPlatform.Components.Ckan;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Sections.Identity;
using ResearchPlatform.Stacks.Sections.ObjectStorage;
using ResearchPlatform.Stacks.Validation;
using Catalog = ResearchPlatform.Components.Ckan.Ckan;

namespace ResearchPlatform.Stacks.Sections.Ckan;

/// <summary>
/// <c>research-platform:ckan</c>: CKAN from Keitaro's chart with Solr and Valkey beside it, the
/// catalog and DataStore databases on the platform PostgreSQL, uploads in S3, signed in through the broker.
/// </summary>
public sealed class CkanSection : PlatformSection<CkanArgs>, IHostnames, ISsoClients, IDatabases, IDatabaseUsers, IBuckets, INotebookServices
{
    /// <summary>The broker client of the catalog.</summary>
    public const string ClientId = "ckan";

    /// <summary>The callback ckanext-oidc-pkce serves.</summary>
    public static string RedirectUri(string hostname) => $"https://{hostname}/local/oidc/handler";

    public override string Key => "ckan";

    /// <summary>No: CKAN writes its databases, which at a standby are read-only replicas.</summary>
    public override bool RunsAtStandby(StackConfig config) => false;

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new CkanRules()];

    public IEnumerable<(string Path, string Hostname)> Hostnames(StackConfig config) =>
        config.Ckan is { } ckan ? [(ConfigPath.Child(ConfigPath.Section(Key), "hostname"), ckan.Hostname)] : [];

    public IEnumerable<SsoClient> Clients(StackConfig config) =>
        config.Ckan is { } ckan ? [new SsoClient(ClientId, "Data catalog", [RedirectUri(ckan.Hostname)])] : [];

    public IEnumerable<string> Databases(StackConfig config) => config.Ckan is null ? [] : ["ckan", "ckan_datastore"];

    /// <summary>The DataStore's read-only role, which CKAN's SQL search runs as.</summary>
    public IEnumerable<PostgresUser> Users(StackConfig config) =>
        config.Ckan is null ? [] : [new PostgresUser("ckan_datastore_ro", "ckan_datastore", ReadOnly: true)];

    public IEnumerable<S3Bucket> Buckets(StackConfig config) =>
        config.Ckan is null ? [] : [new S3Bucket(Catalog.Bucket, "files uploaded to the data catalog")];

    /// <summary>The catalog's action API, through the Gateway (<c>CKAN_URL</c>).</summary>
    public IEnumerable<NotebookService> NotebookServices(StackConfig config) => config.Ckan is { } ckan
        ? [new NotebookService("CKAN_URL", $"https://{ckan.Hostname}", EntrySection.ThroughGateway(config, "tools-through-gateway"))]
        : [];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config) => config.Ckan is null
        ? []
        : [
            new(Catalog.Namespace, "restricted", "CKAN: the data catalog, with its Solr and Valkey")
            {
                // Solr's index volume.
                HoldsClaims = true,

                // The chart's config-copying init container has no resources value.
                DefaultResources = new ContainerDefaults("50m", "64Mi", "500m", "256Mi"),
                Ingress =
                [
                    new IngressAllowance("ui-from-gateway", [], [Catalog.PodPort]) { FromNamespaces = [EntryPoint.GatewayNamespace] },

                    // CKAN uses its Solr and Valkey; the permissions job reaches nothing but the database.
                    new IngressAllowance("ckan-peers", [], []) { FromNamespaces = [Catalog.Namespace] },
                ],
                Egress =
                [
                    new EgressAllowance("ckan-peers-out", [], []) { ToNamespaces = [Catalog.Namespace] },
                    new EgressAllowance("databases", [], [PlatformPostgres.Port]) { ToNamespaces = [PlatformPostgres.Namespace] },
                    ObjectStorageSection.ClientEgress(config) with { Name = "uploads" },
                    EntrySection.ThroughGateway(config, "broker-through-gateway"),
                ],
            },
        ];

    public override CkanArgs? Args(StackConfig config) => config.Ckan is not { } ckan ? null : new()
    {
        Hostname = ckan.Hostname,
        Image = ckan.Image,
        SiteTitle = ckan.SiteTitle,
        Roles = IdentitySection.Roles(config),
        ApiTokenSecret = new ConfigSecretReference(ckan.ApiTokenSecret!.KeyPath),
        SessionSecret = new ConfigSecretReference(ckan.SessionSecret!.KeyPath),
        CsrfSecret = new ConfigSecretReference(ckan.CsrfSecret!.KeyPath),
        SearchStorageClass = StorageClasses.ClassName(config.Storage.Tiers.Select(StorageComposition.Tier).Single(t => t.Name == ckan.SearchTier)),
        SearchSize = ckan.SearchSize,
        StorageIdentity = Key,
        ClientId = ClientId,
    };

    public override IEnumerable<StackOutput> Outputs(CkanArgs args) =>
        [new("ckanUrl", $"https://{args.Hostname}", "the data catalog (CKAN), behind single sign-on; its API at /api/3/action")];

    public override SectionParts Compose(CkanArgs args, PlatformHandles platform)
    {
        var gateway = platform.Require<GatewayHandle>(Key);
        var identity = platform.Require<IdentityHandle>(Key);
        var postgres = platform.Require<PostgresHandle>(Key);
        var storage = platform.Require<ObjectStorageHandle>(Key);
        var issuer = platform.Require<IssuerHandle>(Key);
        var wiring = Catalog.Wiring(args, platform.Cluster.Provider, platform.Namespaces, gateway, identity, postgres, storage, StorageClasses.For(platform.Storage.Classes, args.SearchStorageClass));
        return new SectionParts([Catalog.Build(args, wiring, gateway, identity, postgres, storage, issuer)]);
    }
}
