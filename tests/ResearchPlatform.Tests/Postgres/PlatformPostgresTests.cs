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
    public void Render_EachDatabase_HasItsRoleAndBothAreKept()
    {
        var databases = Prod.Resources.Where(r => r.Name.StartsWith("postgres-database-", StringComparison.Ordinal)).ToList();

        Assert.Equal(["postgres-database-research", "postgres-database-jupyterhub"], databases.Select(r => r.Name));
        Assert.Equal("retain", At(Object("postgres-database-research"), "spec", "databaseReclaimPolicy"));
        Assert.Equal(("research", "role-research", "retain"), (At(Object("postgres-role-research-role"), "spec", "name"), At(Object("postgres-role-research-role"), "spec", "passwordSecret", "name"), At(Object("postgres-role-research-role"), "spec", "databaseRoleReclaimPolicy")));
        Assert.All(Prod.Resources.Where(r => r.Name is "postgres-cluster" || r.Name.StartsWith("postgres-database-", StringComparison.Ordinal) || r.Name.EndsWith("-role", StringComparison.Ordinal)),
            r => Assert.Equal(PlanResourceOptions.Stateful, r.Options));
        Assert.Equal(PlanResourceOptions.Stateful, Prod.Resources.Single(r => r.Name == "namespace-postgres").Options);
    }

    [Fact]
    public void Render_Backups_GoToTheSitesS3WithItsCaOnASchedule()
    {
        var store = Object("postgres-object-store");
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
}
