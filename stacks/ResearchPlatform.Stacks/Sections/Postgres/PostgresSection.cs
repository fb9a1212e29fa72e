using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Postgres;

/// <summary>
/// <c>research-platform:postgres</c>: CloudNativePG with one cluster, a role and database per tool
/// (the sections that declare <see cref="IDatabases"/>) and the research database, backed up to S3.
/// Publishes the <see cref="PostgresHandle"/> tools connect with.
/// </summary>
public sealed class PostgresSection : PlatformSection<PostgresArgs>, IDatabases, IScrapeTargets
{
    public override string Key => "postgres";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new PostgresRules()];

    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) => [PlatformPostgres.Metrics];

    public IEnumerable<string> Databases(StackConfig config) => [config.Postgres.ResearchDatabase];

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config)
    {
        var api = PlatformNamespaces.ApiEgress(config);
        var backup = config.Postgres.Backup;
        var backupPort = Uri.TryCreate(backup.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint.Port : 443;
        return
        [
            new(PlatformPostgres.Namespace, "restricted", "the platform PostgreSQL cluster")
            {
                HoldsClaims = true,
                Ingress =
                [
                    new IngressAllowance("postgres-from-platform", [], [PlatformPostgres.Port]) { FromPlatform = true },

                    // The operator polls each instance's status port.
                    new IngressAllowance("status-from-operator", [], [8000]) { FromNamespaces = [PlatformPostgres.OperatorNamespace] },
                ],
                Egress =
                [
                    api,
                    new EgressAllowance("replication", [], [PlatformPostgres.Port]) { ToNamespaces = [PlatformPostgres.Namespace] },
                    new EgressAllowance("backup-store", [backup.Network.ToString()], [backupPort]),
                ],
            },
            new(PlatformPostgres.OperatorNamespace, "restricted", "the CloudNativePG operator and its barman-cloud plugin")
            {
                Ingress =
                [
                    // The API server calls the operator's webhooks from the control-plane nodes.
                    new IngressAllowance("webhooks-from-api-server", [config.Site.Network.Subnet.ToString()], [9443]),
                    new IngressAllowance("plugin-from-operator", [], [9090]) { FromNamespaces = [PlatformPostgres.OperatorNamespace] },
                ],
                Egress =
                [
                    api,
                    new EgressAllowance("instances", [], [8000, PlatformPostgres.Port]) { ToNamespaces = [PlatformPostgres.Namespace] },
                    new EgressAllowance("plugin", [], [9090]) { ToNamespaces = [PlatformPostgres.OperatorNamespace] },
                ],
            },
        ];
    }

    public override PostgresArgs Args(StackConfig config)
    {
        var pg = config.Postgres;
        return new PostgresArgs
        {
            Instances = pg.Instances,
            StorageClass = StorageClasses.ClassName(config.Storage.Tiers.Select(StorageComposition.Tier).Single(t => t.Name == pg.StorageTier)),
            Size = pg.Size,
            Databases = PlatformSections.All.OfType<IDatabases>().SelectMany(s => s.Databases(config)).ToList(),
            Users = PlatformSections.All.OfType<IDatabaseUsers>().SelectMany(s => s.Users(config)).ToList(),
            Backup = new PostgresBackupArgs
            {
                Endpoint = pg.Backup.Endpoint,
                Bucket = pg.Backup.Bucket,
                CaCertificate = pg.Backup.CaCertificate,
                AccessKeyId = new Components.Plan.Values.ConfigSecretReference(pg.Backup.AccessKeyId.KeyPath),
                SecretAccessKey = new Components.Plan.Values.ConfigSecretReference(pg.Backup.SecretAccessKey.KeyPath),
                Schedule = pg.Backup.Schedule,
                RetentionDays = pg.Backup.RetentionDays,
                ServerName = config.Site.Name,
            },
            Replication = Replication(config),
            Issuer = EntryPoint.Issuer,
            RootCertificate = config.Entry.Ca.RootCertificate,
            SystemNamespace = PlatformNamespaces.System,
            KubectlImage = Components.Kubernetes.PlatformImages.Kubectl,
        };
    }

    /// <summary>
    /// The cluster's place between the sites: a primary archives and serves; a standby is a replica
    /// cluster of the other site's, made from its mirrored backups; a recovering site promotes (or,
    /// never a standby, restores from those backups) and archives under its own name.
    /// </summary>
    public static PostgresReplication? Replication(StackConfig config) => config.Postgres.Backup.Peer is not { } peer ? null : new()
    {
        Self = config.Site.Name,
        Primary = config.Site.Role == SiteRole.Standby ? peer.Site : config.Site.Name,
        Peer = peer.Site,
        PeerBucket = peer.Bucket,
        FromPeer = config.Site.Role != SiteRole.Primary,
    };

    public override SectionParts Compose(PostgresArgs args, PlatformHandles platform)
    {
        var issuer = platform.Require<IssuerHandle>(Key);
        var wiring = PlatformPostgres.Wiring(args, platform.Cluster.Provider, platform.Namespaces, issuer.Ready);
        var (component, handle) = PlatformPostgres.Build(args, wiring with { After = [.. wiring.After, StorageClasses.For(platform.Storage.Classes, args.StorageClass)] });
        return new SectionParts([component]) { Handles = [handle] };
    }
}
