using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Postgres;

/// <summary>
/// The platform PostgreSQL: the CloudNativePG operator and its barman-cloud plugin, one cluster per
/// site on the performance tier, TLS with a server certificate from the university CA, one role and
/// database per tool with a generated password, and continuous WAL archiving plus scheduled base
/// backups to an S3 store outside the cluster. The cluster, its roles and databases are kept on delete.
/// </summary>
public static class PlatformPostgres
{
    public const string Type = "research-platform:postgres:PlatformPostgres";

    public const string Namespace = "postgres";

    public const string OperatorNamespace = "cnpg-system";

    /// <summary>The cluster's name; its read-write service is <c>platform-rw</c>.</summary>
    public const string ClusterName = "platform";

    public const string Plugin = "barman-cloud.cloudnative-pg.io";

    public const int Port = 5432;

    /// <summary>Each instance's exporter (CloudNativePG's <c>cnpg_*</c> metrics), scraped on the pods: the operator publishes no metrics Service.</summary>
    public static ScrapeTarget Metrics { get; } = new("postgres", Namespace, ScrapeTarget.Selecting(("cnpg.io/cluster", ClusterName)), "metrics", 9187) { Pods = true };

    /// <summary>The CRDs the cluster's objects need before they can be created.</summary>
    public static readonly IReadOnlyList<string> Crds =
    [
        "clusters.postgresql.cnpg.io", "databases.postgresql.cnpg.io", "databaseroles.postgresql.cnpg.io",
        "scheduledbackups.postgresql.cnpg.io", "objectstores.barmancloud.cnpg.io",
    ];

    /// <summary>The cluster and its jobs go into their namespaces once they exist, and after cert-manager's issuer.</summary>
    public static KubernetesWiring Wiring(PostgresArgs args, PlanResource provider, PlanComponent namespaces, PlanResource issuer) => new(provider)
    {
        After = [.. new[] { args.Namespace, args.OperatorNamespace, args.SystemNamespace }.Select(ns => Platform.Namespaces.Of(namespaces, ns)), issuer],
    };

    /// <exception cref="ArgumentException">A user's database is not one of the cluster's.</exception>
    public static (PlanComponent Component, PostgresHandle Handle) Build(PostgresArgs args, KubernetesWiring on, string name = "postgres")
    {
        if (args.Users.FirstOrDefault(u => !args.Databases.Contains(u.Database)) is { } stray)
        {
            throw new ArgumentException($"platform PostgreSQL: user '{stray.Name}' is for database '{stray.Database}', which the cluster does not have", nameof(args));
        }

        var logins = args.Databases.Concat(args.Users.Select(u => u.Name)).ToList();
        var host = $"{ClusterName}-rw.{args.Namespace}.svc";
        var operatorRelease = on.Release("cloudnative-pg", PostgresCharts.Operator, args.OperatorNamespace, [], Map(
            ("crds", Map(("create", true))),
            ("resources", ContainerResources.Of("100m", "128Mi", "1", "512Mi"))));
        var plugin = on.Release("plugin-barman-cloud", PostgresCharts.BarmanCloud, args.OperatorNamespace, [operatorRelease], Map(
            ("image", Map(("tag", PostgresCharts.BarmanCloudVersion))),
            ("sidecarImage", Map(("tag", PostgresCharts.BarmanCloudVersion))),
            ("resources", ContainerResources.Of("50m", "64Mi", "500m", "256Mi"))));
        var ready = on.Manifest("postgres-crds-ready", [operatorRelease, plugin], [.. CrdReadyJob.Objects("postgres-crds-ready", args.SystemNamespace, args.KubectlImage, Crds)]);
        var certificate = on.Manifest("postgres-server-certificate", [ready], Map(
            ("apiVersion", "cert-manager.io/v1"),
            ("kind", "Certificate"),
            ("metadata", Map(("name", $"{ClusterName}-server"), ("namespace", args.Namespace))),
            ("spec", Map(
                ("secretName", $"{ClusterName}-server-tls"),
                ("commonName", host),
                ("dnsNames", Strings(new[] { "rw", "ro", "r" }.SelectMany(s => new[] { $"{ClusterName}-{s}", $"{ClusterName}-{s}.{args.Namespace}", $"{ClusterName}-{s}.{args.Namespace}.svc" }))),
                ("usages", Strings(["server auth", "digital signature", "key encipherment"])),
                ("issuerRef", Map(("kind", "ClusterIssuer"), ("name", args.Issuer)))))));
        var passwords = logins.Select(db => new PlanResource
        {
            Name = $"postgres-role-{ObjectName(db)}-password",
            Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.LowerAlphanumeric, Length = 32 },
        }).ToList();
        var roleSecrets = logins.Zip(passwords, (db, password) => new PlanResource
        {
            Name = $"postgres-role-{ObjectName(db)}",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec
            {
                SecretName = SecretName(db),
                Namespace = args.Namespace,
                Type = "kubernetes.io/basic-auth",
                Labels = [KeyValuePair.Create("cnpg.io/reload", "true")],
                StringData = [KeyValuePair.Create<string, PlanValue>("username", db), KeyValuePair.Create<string, PlanValue>("password", password.Output("result"))],
            },
        }).ToList();
        var backupSecret = new PlanResource
        {
            Name = "postgres-backup-credentials",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec
            {
                SecretName = "backup-credentials",
                Namespace = args.Namespace,
                Labels = [KeyValuePair.Create("cnpg.io/reload", "true")],
                StringData =
                [
                    KeyValuePair.Create("ACCESS_KEY_ID", args.Backup.AccessKeyId),
                    KeyValuePair.Create("ACCESS_SECRET_KEY", args.Backup.SecretAccessKey),
                    KeyValuePair.Create<string, PlanValue>("ca.crt", args.Backup.CaCertificate),
                ],
            },
        };
        var store = on.Manifest("postgres-object-store", [ready, backupSecret], [ObjectStore(args, BackupStore, args.Backup.Bucket), .. args.Replication is { } r ? [ObjectStore(args, PeerStore, r.PeerBucket)] : Array.Empty<PlanValue>()]);
        var cluster = on.Manifest("postgres-cluster", [ready, certificate, store, .. roleSecrets], Cluster(args)) with { Options = PlanResourceOptions.Stateful };
        var roles = args.Databases.Select(db => on.Manifest($"postgres-role-{ObjectName(db)}-role", [cluster], Map(
            ("apiVersion", "postgresql.cnpg.io/v1"),
            ("kind", "DatabaseRole"),
            ("metadata", Map(("name", ObjectName(db)), ("namespace", args.Namespace))),
            ("spec", Map(
                ("cluster", Map(("name", ClusterName))),
                ("name", db),
                ("login", true),
                ("passwordSecret", Map(("name", SecretName(db)))),
                ("databaseRoleReclaimPolicy", "retain"))))) with { Options = PlanResourceOptions.Stateful }).ToList();
        var databases = args.Databases.Zip(roles, (db, role) => on.Manifest($"postgres-database-{ObjectName(db)}", [role], Map(
            ("apiVersion", "postgresql.cnpg.io/v1"),
            ("kind", "Database"),
            ("metadata", Map(("name", ObjectName(db)), ("namespace", args.Namespace))),
            ("spec", Map(
                ("cluster", Map(("name", ClusterName))),
                ("name", db),
                ("owner", db),
                ("databaseReclaimPolicy", "retain"))))) with { Options = PlanResourceOptions.Stateful }).ToList();
        var users = args.Users.Select(user => on.Manifest($"postgres-role-{ObjectName(user.Name)}-role", [databases[args.Databases.ToList().IndexOf(user.Database)]], Map(
            ("apiVersion", "postgresql.cnpg.io/v1"),
            ("kind", "DatabaseRole"),
            ("metadata", Map(("name", ObjectName(user.Name)), ("namespace", args.Namespace))),
            ("spec", Map(
                ("cluster", Map(("name", ClusterName))),
                ("name", user.Name),
                ("login", true),
                ("inRoles", Strings([user.ReadOnly ? "pg_read_all_data" : user.Database])),
                ("passwordSecret", Map(("name", SecretName(user.Name)))),
                ("databaseRoleReclaimPolicy", "retain"))))) with { Options = PlanResourceOptions.Stateful }).ToList();
        var schedule = on.Manifest("postgres-scheduled-backup", [cluster], Map(
            ("apiVersion", "postgresql.cnpg.io/v1"),
            ("kind", "ScheduledBackup"),
            ("metadata", Map(("name", $"{ClusterName}-daily"), ("namespace", args.Namespace))),
            ("spec", Map(
                ("cluster", Map(("name", ClusterName))),
                ("schedule", args.Backup.Schedule),
                ("backupOwnerReference", "self"),
                ("method", "plugin"),
                ("pluginConfiguration", Map(("name", Plugin)))))));
        var handle = new PostgresHandle(host, Port, args.RootCertificate, logins.Zip(passwords, (db, p) => KeyValuePair.Create(db, p.Output("result"))).ToDictionary(), cluster);
        return (new PlanComponent(Type, name, [operatorRelease, plugin, ready, certificate, .. passwords, .. roleSecrets, backupSecret, store, cluster, .. roles, .. databases, .. users, schedule]), handle);
    }

    /// <summary>The ObjectStore this site archives to.</summary>
    public const string BackupStore = "backups";

    /// <summary>The ObjectStore of the other site's mirrored backups, read only.</summary>
    public const string PeerStore = "peer-backups";

    // The peer's mirror lies in this site's store, read with the same credentials; nothing here prunes it.
    private static MapValue ObjectStore(PostgresArgs args, string name, string bucket) => Map(
        ("apiVersion", "barmancloud.cnpg.io/v1"),
        ("kind", "ObjectStore"),
        ("metadata", Map(("name", name), ("namespace", args.Namespace))),
        ("spec", Map(
            ("retentionPolicy", name == BackupStore ? $"{args.Backup.RetentionDays}d" : null),
            ("configuration", Map(
                ("destinationPath", $"s3://{bucket}/"),
                ("endpointURL", args.Backup.Endpoint),
                ("endpointCA", Map(("name", "backup-credentials"), ("key", "ca.crt"))),
                ("s3Credentials", Map(
                    ("accessKeyId", Map(("name", "backup-credentials"), ("key", "ACCESS_KEY_ID"))),
                    ("secretAccessKey", Map(("name", "backup-credentials"), ("key", "ACCESS_SECRET_KEY"))))),
                ("wal", Map(("compression", "gzip"))),
                ("data", Map(("compression", "gzip"))))),

            // S3-compatible stores other than AWS reject the checksums newer SDKs send by default.
            ("instanceSidecarConfiguration", Map(("env", List(
                Map(("name", "AWS_REQUEST_CHECKSUM_CALCULATION"), ("value", "when_required")),
                Map(("name", "AWS_RESPONSE_CHECKSUM_VALIDATION"), ("value", "when_required")))))))));

    private static MapValue Cluster(PostgresArgs args) => Map(
        ("apiVersion", "postgresql.cnpg.io/v1"),
        ("kind", "Cluster"),
        ("metadata", Map(("name", ClusterName), ("namespace", args.Namespace))),
        ("spec", Map(
        [
            ("instances", (PlanValue)args.Instances),
            ("storage", Map(("storageClass", args.StorageClass), ("size", args.Size))),
            ("certificates", Map(("serverTLSSecret", $"{ClusterName}-server-tls"), ("serverCASecret", $"{ClusterName}-server-tls"))),
            ("resources", ContainerResources.Of("500m", "1Gi", "2", "4Gi")),
            ("postgresql", args.Users.Count == 0 ? null : Map(("pg_hba", Strings(HostBasedAccess(args.Users))))),
            ("plugins", List(Map(
                ("name", Plugin),
                ("isWALArchiver", true),
                ("parameters", Map(("barmanObjectName", BackupStore), ("serverName", args.Backup.ServerName)))))),
            .. Topology(args),
        ])));

    // Both sites are listed, each by the name it archives under; the primary is named, not enabled:
    // changing `primary` (the site's role) promotes or demotes without recreating the cluster.
    private static IEnumerable<(string, PlanValue?)> Topology(PostgresArgs args)
    {
        if (args.Replication is not { } r)
        {
            return [];
        }

        PlanValue Site(string site, string store) => Map(
            ("name", site),
            ("plugin", Map(("name", Plugin), ("parameters", Map(("barmanObjectName", store), ("serverName", site))))));
        return
        [
            ("replica", Map(("self", r.Self), ("primary", r.Primary), ("source", r.Peer))),
            ("externalClusters", List(Site(r.Self, BackupStore), Site(r.Peer, PeerStore))),
            ("bootstrap", r.FromPeer ? Map(("recovery", Map(("source", r.Peer)))) : null),
        ];
    }

    /// <summary>The Secret of role <paramref name="role"/>'s password.</summary>
    public static string SecretName(string role) => $"role-{ObjectName(role)}";

    // PostgreSQL identifiers may hold '_', Kubernetes object names may not.
    private static string ObjectName(string role) => role.Replace('_', '-');

    /// <summary>
    /// Each user may connect over TLS to its own database only: CloudNativePG puts these lines before
    /// its catch-all, so the reject lines stop a user's password from opening any other database.
    /// </summary>
    public static IEnumerable<string> HostBasedAccess(IEnumerable<PostgresUser> users) =>
        users.Select(u => $"hostssl {u.Database} {u.Name} all scram-sha-256")
            .Concat(users.Select(u => $"host all {u.Name} all reject"));
}
