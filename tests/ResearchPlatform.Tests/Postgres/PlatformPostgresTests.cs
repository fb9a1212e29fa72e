using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Postgres;

/// <summary>The platform PostgreSQL in the prod render: cluster, TLS, roles and databases, backups, safety.</summary>
public class PlatformPostgresTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlNode Object(string resource) => Parse(Render.Files[$"components/postgres/{resource}.manifest.yaml"]).Single();

    [Fact]
    public void Render_Cluster_RunsThreeInstancesOnTheResearcherTierWithTlsAndArchiving()
    {
        var cluster = Object("postgres-cluster");
        var plugin = ((YamlSequenceNode)cluster["spec"]["plugins"])[0];

        Assert.Equal(("3", "researcher", "100Gi"), (At(cluster, "spec", "instances"), At(cluster, "spec", "storage", "storageClass"), At(cluster, "spec", "storage", "size")));
        Assert.Equal(("platform-server-tls", "platform-server-tls"), (At(cluster, "spec", "certificates", "serverTLSSecret"), At(cluster, "spec", "certificates", "serverCASecret")));
        Assert.Equal(("barman-cloud.cloudnative-pg.io", "true", "backups", "north"), (At(plugin, "name"), At(plugin, "isWALArchiver"), At(plugin, "parameters", "barmanObjectName"), At(plugin, "parameters", "serverName")));
    }

    [Fact]
    public void Render_ServerCertificate_IsFromTheUniversityCaForEveryServiceName()
    {
        var certificate = Object("postgres-server-certificate");

        Assert.Equal(("ClusterIssuer", "university-ca"), (At(certificate, "spec", "issuerRef", "kind"), At(certificate, "spec", "issuerRef", "name")));
        Assert.Contains("platform-rw.postgres.svc", ((YamlSequenceNode)certificate["spec"]["dnsNames"]).Select(Scalar));
        Assert.Equal(9, ((YamlSequenceNode)certificate["spec"]["dnsNames"]).Children.Count);
    }

    [Fact]
    public void Render_EachDatabase_HasItsRoleAndAllAreKept()
    {
        var databases = Prod.Resources.Where(r => r.Name.StartsWith("postgres-database-", StringComparison.Ordinal)).ToList();

        // One per section that keeps its data here (the research database first), in section order.
        var config = TestStacks.Load("prod").Config;
        Assert.Equal(
            [.. Stacks.Sections.PlatformSections.All.OfType<Stacks.Sections.IDatabases>().SelectMany(s => s.Databases(config))],
            databases.Select(r => r.Name["postgres-database-".Length..].Replace('-', '_')));
        Assert.Contains("postgres-database-ckan-datastore", databases.Select(r => r.Name));
        Assert.Equal("retain", At(Object("postgres-database-research"), "spec", "databaseReclaimPolicy"));
        Assert.Equal(("research", "role-research", "retain"), (At(Object("postgres-role-research-role"), "spec", "name"), At(Object("postgres-role-research-role"), "spec", "passwordSecret", "name"), At(Object("postgres-role-research-role"), "spec", "databaseRoleReclaimPolicy")));
        Assert.All(Prod.Resources.Where(r => r.Name is "postgres-cluster" || r.Name.StartsWith("postgres-database-", StringComparison.Ordinal) || r.Name.EndsWith("-role", StringComparison.Ordinal)),
            r => Assert.Equal(PlanResourceOptions.Stateful, r.Options));
        Assert.Equal(PlanResourceOptions.Stateful, Prod.Resources.Single(r => r.Name == "namespace-postgres").Options);
    }

    [Fact]
    public void Render_Backups_GoToTheSitesS3WithItsCaOnASchedule()
    {
        // The first store is the site's own; the second, the other site's mirrored backups (DatabaseReplicationTests).
        var store = Parse(Render.Files["components/postgres/postgres-object-store.manifest.yaml"]).First();
        var schedule = Object("postgres-scheduled-backup");

        Assert.Equal(("s3://dsp-postgres-north/", "https://s3.dc-north.uni-example.edu", "30d"), (At(store, "spec", "configuration", "destinationPath"), At(store, "spec", "configuration", "endpointURL"), At(store, "spec", "retentionPolicy")));
        Assert.Equal(("backup-credentials", "ca.crt"), (At(store, "spec", "configuration", "endpointCA", "name"), At(store, "spec", "configuration", "endpointCA", "key")));
        Assert.Equal(("0 0 2 * * *", "plugin", "barman-cloud.cloudnative-pg.io"), (At(schedule, "spec", "schedule"), At(schedule, "spec", "method"), At(schedule, "spec", "pluginConfiguration", "name")));
        Assert.Contains("${secret:config:research-platform:postgres.backup.secretAccessKey}", Render.Files["components/postgres/postgres-backup-credentials.secret.yaml"]);
    }

    [Fact]
    public void Render_PostgresNamespace_AdmitsPlatformClientsAndReachesOnlyItsStore()
    {
        var policies = Render.Files["components/namespaces/namespace-postgres.manifest.yaml"];

        Assert.Contains("  name: allow-postgres-from-platform\n", policies);
        Assert.Contains("  name: allow-status-from-operator\n", policies);
        Assert.Contains("  name: allow-replication\n", policies);
        Assert.Contains("  name: allow-backup-store\n", policies);
        Assert.Contains("cidr: 10.41.30.0/24", policies);
    }

    [Fact]
    public void Plan_Hub_WaitsForTheClusterAndUsesItsRolesPassword()
    {
        var hub = Prod.Resources.Single(r => r.Name == "jupyterhub" && r.Kind == ResourceKind.HelmRelease);

        Assert.Contains("postgres-cluster", hub.Dependencies());
        Assert.Contains("postgres-role-jupyterhub-password", hub.Dependencies());
    }

    [Fact]
    public void Render_ResearchLogins_ReachOnlyTheResearchDatabase()
    {
        var cluster = Object("postgres-cluster");
        var student = Object("postgres-role-research-student-role");
        var researcher = Object("postgres-role-research-researcher-role");

        Assert.Equal(
            [
                "hostssl research research_researcher all scram-sha-256", "hostssl research research_student all scram-sha-256", "hostssl research research_superset all scram-sha-256",
                "host all research_researcher all reject", "host all research_student all reject", "host all research_superset all reject",
            ],
            ((YamlSequenceNode)cluster["spec"]["postgresql"]["pg_hba"]).Select(Scalar).Where(l => l.Contains(" research ", StringComparison.Ordinal) || l.Contains(" research_", StringComparison.Ordinal)));
        Assert.Equal(("research_student", "pg_read_all_data", "role-research-student"), (At(student, "spec", "name"), Scalar(((YamlSequenceNode)student["spec"]["inRoles"])[0]), At(student, "spec", "passwordSecret", "name")));
        Assert.Equal("research", Scalar(((YamlSequenceNode)researcher["spec"]["inRoles"])[0]));
        Assert.Contains("postgres-database-research", Prod.Resources.Single(r => r.Name == "postgres-role-research-student-role").DependsOn);
    }

    [Fact]
    public void Build_UserOfAnUnknownDatabase_IsRefused()
    {
        var postgres = new Components.Postgres.PostgresArgs
        {
            StorageClass = "researcher",
            Size = "10Gi",
            Databases = ["research"],
            Users = [new Components.Postgres.PostgresUser("ckan_reader", "ckan", ReadOnly: true)],
            Backup = new Components.Postgres.PostgresBackupArgs { Endpoint = "https://s3.example", Bucket = "b", CaCertificate = "PEM", AccessKeyId = "a", SecretAccessKey = "s", Schedule = "0 0 2 * * *", RetentionDays = 30, ServerName = "north" },
            Issuer = "university-ca",
            RootCertificate = "PEM",
            SystemNamespace = "research-platform-system",
            KubectlImage = "registry.k8s.io/kubectl:v1.35.6",
        };

        var e = Assert.Throws<ArgumentException>(() => Components.Postgres.PlatformPostgres.Build(postgres, new KubernetesWiring(Prod.Resources.First(r => r.Kind == ResourceKind.KubernetesProvider))));

        Assert.Equal("platform PostgreSQL: user 'ckan_reader' is for database 'ckan', which the cluster does not have (Parameter 'args')", e.Message);
    }
}
