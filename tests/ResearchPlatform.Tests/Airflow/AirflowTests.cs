using System.Text.Json;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Airflow;

/// <summary>Airflow as prod renders it: executor, database, logs, keys, DAGs, sign-in and roles.</summary>
public class AirflowTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlMappingNode Values => (YamlMappingNode)Parse(Render.Files["components/airflow/airflow.values.yaml"]).Single();

    private static YamlMappingNode Secret(string name) => (YamlMappingNode)Parse(Render.Files[$"components/airflow/{name}.secret.yaml"]).Single();

    [Fact]
    public void Render_Airflow_RunsTasksAsPodsWithEveryBundledServiceOffButTheMetricsExporter()
    {
        Assert.Equal("KubernetesExecutor", At(Values, "executor"));
        Assert.All(new[] { "postgresql", "redis", "pgbouncer", "flower", "createUserJob" }, part => Assert.Equal("false", At(Values, part, "enabled")));

        // The StatsD exporter stays (the chart's default): it is how Prometheus sees Airflow.
        Assert.False(((YamlMappingNode)Values["statsd"]).Children.ContainsKey("enabled"));
        Assert.Equal("v0.29.0@sha256:632f705804922d50c1c95ba8ff9c8c0cc18d4bbb0cc265dc4f9ae708271c95b3", At(Values, "images", "statsd", "tag"));
        Assert.Equal("65534", At(Values, "statsd", "securityContexts", "pod", "runAsUser"));
        Assert.Equal("3.2.2-python3.12@sha256:bbe58e3204d550ab98dbf738a42c0e6663c455357ecd0e2d1440ef9cb6a75f00", At(Values, "images", "airflow", "tag"));
    }

    [Fact]
    public void Render_MetadataDatabase_IsThePlatformPostgresOverVerifiedTls()
    {
        var connection = At(Secret("airflow-metadata"), "stringData", "connection");

        Assert.Equal("airflow-metadata", At(Values, "data", "metadataSecretName"));
        Assert.Equal("postgresql://airflow:${secret:postgres-role-airflow-password.result}@platform-rw.postgres.svc:5432/airflow?sslmode=verify-full&sslrootcert=/etc/research-platform/ca/postgres-ca.crt", connection);
    }

    [Fact]
    public void Render_Keys_ComeFromConfigSoTheDrSiteDecryptsTheSameDatabase()
    {
        var keys = (YamlMappingNode)Secret("airflow-keys")["stringData"];

        Assert.Equal(("airflow-keys", "airflow-keys", "airflow-keys"), (At(Values, "fernetKeySecretName"), At(Values, "apiSecretKeySecretName"), At(Values, "jwtSecretName")));
        Assert.Equal(
            ["${secret:config:research-platform:airflow.fernetKey}", "${secret:config:research-platform:airflow.apiSecretKey}", "${secret:config:research-platform:airflow.jwtSecret}"],
            new[] { "fernet-key", "api-secret-key", "jwt-secret" }.Select(k => At(keys, k)));
    }

    [Fact]
    public void Render_TaskLogs_GoToItsBucketThroughItsOwnS3Identity()
    {
        using var connection = JsonDocument.Parse(At(Secret("airflow-platform"), "stringData", "log-connection"));

        Assert.Equal(("True", "s3://airflow-logs/tasks", "platform_s3"), (At(Values, "config", "logging", "remote_logging"), At(Values, "config", "logging", "remote_base_log_folder"), At(Values, "config", "logging", "remote_log_conn_id")));
        Assert.Equal("${secret:s3-airflow-secret-key.result}", connection.RootElement.GetProperty("password").GetString());
        Assert.Equal("https://seaweedfs-s3.objectstore.svc:8443", connection.RootElement.GetProperty("extra").GetProperty("endpoint_url").GetString());
    }

    [Fact]
    public void Render_Dags_SyncFromTheRepositoryWithItsCredentialsSecret()
    {
        var git = Secret("airflow-git-credentials");

        Assert.Equal(("true", "https://git.uni-example.edu/dsp/pipelines.git", "main", "dags", "airflow-git-credentials"),
            (At(Values, "dags", "gitSync", "enabled"), At(Values, "dags", "gitSync", "repo"), At(Values, "dags", "gitSync", "ref"), At(Values, "dags", "gitSync", "subPath"), At(Values, "dags", "gitSync", "credentialsSecret")));
        Assert.Equal(["GIT_SYNC_USERNAME", "GIT_SYNC_PASSWORD", "GITSYNC_USERNAME", "GITSYNC_PASSWORD"], ((YamlMappingNode)git["stringData"]).Children.Keys.Select(Scalar));
        Assert.Equal("${secret:config:research-platform:airflow.dags.token}", At(git, "stringData", "GITSYNC_PASSWORD"));
    }

    [Fact]
    public void Render_Login_MapsThePlatformGroupsToAirflowRolesThroughTheBroker()
    {
        var config = At(Values, "apiServer", "apiServerConfig");

        Assert.Contains("AUTH_TYPE = AUTH_OAUTH", config);
        Assert.Contains("\"DSP-Admins\": [\"Admin\"],\n    \"DSP-Researchers\": [\"User\"],\n    \"DSP-Students\": [\"Viewer\"],", config);
        Assert.Contains("\"server_metadata_url\": \"https://login.dsp.uni-example.edu/.well-known/openid-configuration\"", config);
        Assert.Contains("AUTH_USER_REGISTRATION_ROLE = \"Public\"", config);
        Assert.Contains("SECURITY_MANAGER_CLASS = PlatformSecurityManager", config);
        var clients = (YamlSequenceNode)((YamlMappingNode)Parse(Render.Files["components/identity/dex.values.yaml"]).Single())["config"]["staticClients"];
        Assert.Equal("https://airflow.dsp.uni-example.edu/auth/oauth-authorized/platform", Scalar(((YamlSequenceNode)clients.Single(c => At(c, "id") == "airflow")["redirectURIs"])[0]));
    }

    [Fact]
    public void Render_EveryAirflowPod_IsRestrictedWithLimitsOnEveryContainer()
    {
        Assert.Equal(("true", "50000", "RuntimeDefault"), (At(Values, "securityContexts", "pod", "runAsNonRoot"), At(Values, "securityContexts", "pod", "runAsUser"), At(Values, "securityContexts", "pod", "seccompProfile", "type")));
        Assert.Equal("false", At(Values, "dags", "gitSync", "securityContexts", "container", "allowPrivilegeEscalation"));
        Assert.All(new[] { "scheduler", "dagProcessor", "triggerer", "workers", "apiServer", "migrateDatabaseJob" }, part => Assert.NotNull(At(Values, part, "resources", "limits", "memory")));
        Assert.All(new[] { "scheduler", "dagProcessor", "triggerer" }, part => Assert.NotNull(At(Values, part, "logGroomerSidecar", "resources", "limits", "cpu")));
    }

    [Fact]
    public void Render_Route_SendsTheHostToTheApiServer()
    {
        var route = Parse(Render.Files["components/airflow/airflow-route.manifest.yaml"]).Single();

        Assert.Equal("airflow.dsp.uni-example.edu", Scalar(((YamlSequenceNode)route["spec"]["hostnames"])[0]));
        Assert.Equal(("airflow-api-server", "8080"), (At(((YamlSequenceNode)((YamlSequenceNode)route["spec"]["rules"])[0]["backendRefs"])[0], "name"), At(((YamlSequenceNode)((YamlSequenceNode)route["spec"]["rules"])[0]["backendRefs"])[0], "port")));
    }

    [Fact]
    public void Render_Namespace_LetsAirflowOutToItsServicesAndTheGitServerOnly()
    {
        var policies = Parse(Render.Files["components/namespaces/namespace-airflow.manifest.yaml"])
            .Where(o => At(o, "kind") == "NetworkPolicy").Select(o => At(o, "metadata", "name"));

        Assert.Equal(
            ["default-deny", "allow-cluster-dns", "allow-ui-from-gateway", "allow-airflow-peers", "allow-metrics-from-monitoring", "allow-airflow-peers-out", "allow-kubernetes-api", "allow-metadata-database", "allow-task-logs", "allow-dag-repository", "allow-broker-through-gateway"],
            policies);
    }

    [Fact]
    public void Render_StackWithoutTheSection_HasNoAirflow()
    {
        var plan = Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(TestStacks.Minimal));

        Assert.DoesNotContain(plan.Components, c => c.Type == Components.Airflow.Airflow.Type);
        Assert.DoesNotContain(plan.Resources, r => r.Name == "postgres-database-airflow");
    }
}
