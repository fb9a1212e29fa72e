using System.Diagnostics;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Ckan;

/// <summary>CKAN as prod renders it, and the Python the derived image adds, run for real.</summary>
public class CkanTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlMappingNode Values => (YamlMappingNode)Parse(Render.Files["components/ckan/ckan.values.yaml"]).Single();

    private static Dictionary<string, YamlNode> Env => ((YamlSequenceNode)Values["ckan"]["extraEnv"]).ToDictionary(e => At(e, "name"), e => e);

    [Fact]
    public void Render_Ckan_HasItsSubchartsAndInitJobsOffAndNoVolume()
    {
        Assert.All(new[] { "redis", "postgresql", "solr", "pvc" }, part => Assert.Equal("false", At(Values, part, "enabled")));
        Assert.Equal(("false", "false"), (At(Values, "solr", "initialize", "enabled"), At(Values, "ckan", "psql", "initialize")));
        Assert.Equal(("registry.uni-example.edu/research-platform/ckan", "2.11.4-1@sha256:3e8f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f"), (At(Values, "image", "repository"), At(Values, "image", "tag")));
    }

    [Fact]
    public void Render_Databases_AreThePlatformPostgresVerified()
    {
        Assert.Equal("platform-rw.postgres.svc:5432", At(Values, "ckan", "db", "ckanDbUrl"));
        Assert.Equal("ckan?sslmode=verify-full&sslrootcert=/etc/ssl/certs/ca-certificates.crt", At(Values, "ckan", "db", "ckanDbName"));
        Assert.Equal(("ckan_datastore", "ckan_datastore_ro"), (At(Values, "ckan", "datastore", "RwDbUser"), At(Values, "ckan", "datastore", "RoDbUser")));
        Assert.Equal("${secret:postgres-role-ckan-datastore-ro-password.result}", At(Values, "ckan", "datastore", "RoDbPassword"));
        Assert.Contains("pg_read_all_data", Render.Files["components/postgres/postgres-role-ckan-datastore-ro-role.manifest.yaml"]);
    }

    [Fact]
    public void Render_SessionSecret_ComesFromConfigMarkedForTheReleaseToAdopt()
    {
        var secret = Parse(Render.Files["components/ckan/session-secret.secret.yaml"]).Single();

        Assert.Equal("string:${secret:config:research-platform:ckan.apiTokenSecret}", At(secret, "stringData", "jwt_encode"));
        Assert.Equal("${secret:config:research-platform:ckan.sessionSecret}", At(secret, "stringData", "session_secret"));
        Assert.Equal(("Helm", "ckan", "ckan"), (At(secret, "metadata", "labels", "app.kubernetes.io/managed-by"), At(secret, "metadata", "annotations", "meta.helm.sh/release-name"), At(secret, "metadata", "annotations", "meta.helm.sh/release-namespace")));
    }

    [Fact]
    public void Render_Login_IsTheBrokerWithThePlatformGroups()
    {
        Assert.Equal("https://login.dsp.uni-example.edu", At(Env["CKANEXT__OIDC_PKCE__BASE_URL"], "value"));
        Assert.Equal(("ckan-platform", "oauth-client-secret"), (At(Env["CKANEXT__OIDC_PKCE__CLIENT_SECRET"], "valueFrom", "secretKeyRef", "name"), At(Env["CKANEXT__OIDC_PKCE__CLIENT_SECRET"], "valueFrom", "secretKeyRef", "key")));
        Assert.Equal(("DSP-Admins", "DSP-Researchers", "DSP-Students"), (At(Env["RESEARCH_PLATFORM_ADMINS"], "value"), At(Env["RESEARCH_PLATFORM_RESEARCHERS"], "value"), At(Env["RESEARCH_PLATFORM_STUDENTS"], "value")));
        Assert.Contains("oidc_pkce research_platform", At(Values, "ckan", "ckanPlugins"));
        var clients = (YamlSequenceNode)((YamlMappingNode)Parse(Render.Files["components/identity/dex.values.yaml"]).Single())["config"]["staticClients"];
        Assert.Equal("https://data.dsp.uni-example.edu/local/oidc/handler", Scalar(((YamlSequenceNode)clients.Single(c => At(c, "id") == "ckan")["redirectURIs"])[0]));
    }

    [Fact]
    public void Render_Uploads_GoToItsBucketAsItsOwnIdentity()
    {
        Assert.Equal("ckan-uploads", At(Env["CKANEXT__S3FILESTORE__AWS_BUCKET_NAME"], "value"));
        Assert.Equal("https://seaweedfs-s3.objectstore.svc:8443", At(Env["CKANEXT__S3FILESTORE__HOST_NAME"], "value"));
        Assert.Equal("${secret:s3-ckan-secret-key.result}", At(Parse(Render.Files["components/ckan/ckan-platform.secret.yaml"]).Single(), "stringData", "s3-secret-access-key"));
    }

    [Fact]
    public void Render_SolrAndValkey_RunBesideItRestrictedWithTheIndexKept()
    {
        var solr = Parse(Render.Files["components/ckan/ckan-solr.manifest.yaml"]).Single(o => At(o, "kind") == "StatefulSet");

        Assert.Equal(("researcher", "Retain"), (At(((YamlSequenceNode)solr["spec"]["volumeClaimTemplates"])[0], "spec", "storageClassName"), At(solr, "spec", "persistentVolumeClaimRetentionPolicy", "whenDeleted")));
        Assert.Equal(PlanResourceOptions.Stateful, Prod.Resources.Single(r => r.Name == "ckan-solr").Options);
        Assert.Equal("http://ckan-solr.ckan.svc:8983/solr/ckan", At(Values, "ckan", "solr"));
        Assert.StartsWith("rediss://:${secret:ckan-valkey-password.result}@ckan-valkey.ckan.svc:6379/0", At(Values, "ckan", "redis"));
    }

    [Fact]
    public void Render_DatastorePermissions_RunAfterTheReleaseAsTheImagesScript()
    {
        var job = Parse(Render.Files["components/ckan/ckan-datastore-permissions.manifest.yaml"]).Single();
        var container = ((YamlSequenceNode)job["spec"]["template"]["spec"]["containers"])[0];

        Assert.Equal("ckan-datastore-permissions-4-0-7", At(job, "metadata", "name"));
        Assert.Equal(["python3", "/opt/research-platform/set_datastore_permissions.py"], ((YamlSequenceNode)container["command"]).Select(Scalar));
        Assert.Contains("ckan", Prod.Resources.Single(r => r.Name == "ckan-datastore-permissions").DependsOn);
    }

    [Fact]
    public void Render_Namespace_GivesUnboundedChartContainersDefaults()
    {
        var limits = Parse(Render.Files["components/namespaces/namespace-ckan.manifest.yaml"]).Single(o => At(o, "kind") == "LimitRange");

        Assert.Equal(("50m", "256Mi"), (At(((YamlSequenceNode)limits["spec"]["limits"])[0], "defaultRequest", "cpu"), At(((YamlSequenceNode)limits["spec"]["limits"])[0], "default", "memory")));
    }

    [Theory]
    [InlineData("researchers", "False editor")]
    [InlineData("admins,students", "True admin")]
    [InlineData("students", "False member")]
    [InlineData("others", "False None")]
    public void Plugin_Memberships_FollowThePlatformGroups(string groups, string expected)
    {
        var output = Python("""
            import sys
            from ckanext.researchplatform.roles import memberships
            sysadmin, role = memberships(sys.argv[1].split(","), "admins", "researchers", "students")
            print(sysadmin, role)
            """, groups);

        Assert.Equal(expected, output);
    }

    [Fact]
    public void PermissionsScript_RunsEachBlockInItsDatabase()
    {
        var output = Python("""
            import sys, json
            sys.path.insert(0, ".")
            from set_datastore_permissions import blocks, database_name
            sql = '\\connect "ckan"\nREVOKE CREATE ON SCHEMA public FROM PUBLIC;\n\\connect "ckan_datastore"\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO ckan_datastore_ro;\n'
            urls = {"ckan": "x", "ckan_datastore": "y"}
            print(json.dumps(blocks(sql, urls)), database_name("postgresql://u:p@h:5432/ckan_datastore?sslmode=verify-full"))
            try:
                blocks('\\connect "postgres"\nDROP DATABASE ckan;\n', urls)
            except ValueError as error:
                print(error)
            """, "");

        Assert.Equal(
            "[[\"ckan\", \"REVOKE CREATE ON SCHEMA public FROM PUBLIC;\"], [\"ckan_datastore\", \"GRANT SELECT ON ALL TABLES IN SCHEMA public TO ckan_datastore_ro;\"]] ckan_datastore\n"
            + "the permissions SQL connects to 'postgres', which is neither the catalog nor the DataStore database",
            output);
    }

    private static string Python(string script, string argument)
    {
        var start = new ProcessStartInfo("python3", ["-c", script, argument])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(RepoPaths.Root, "images", "ckan"),
        };
        using var python = Process.Start(start)!;
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        python.WaitForExit();
        Assert.True(python.ExitCode == 0, $"python3 failed: {error}");
        return output.TrimEnd('\n');
    }
}
