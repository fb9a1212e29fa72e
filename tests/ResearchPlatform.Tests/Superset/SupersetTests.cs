using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Superset;

/// <summary>Superset as prod renders it: the operator, the resource, its cache, databases, sign-in and roles.</summary>
public class SupersetTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlMappingNode Spec => (YamlMappingNode)((YamlMappingNode)Parse(Render.Files["components/superset/superset.manifest.yaml"]).Single())["spec"];

    [Fact]
    public void Render_Superset_IsOneProductionResourceWithEverySecretReferenced()
    {
        Assert.Equal("Production", At(Spec, "environment"));
        Assert.Equal(("superset-keys", "secret-key"), (At(Spec, "secretKeyFrom", "name"), At(Spec, "secretKeyFrom", "key")));
        Assert.Equal("superset-metastore", At(Spec, "metastore", "uriFrom", "name"));
        Assert.Equal("superset-valkey-password", At(Spec, "valkey", "passwordFrom", "name"));
        Assert.Equal(("registry.uni-example.edu/research-platform/superset", "6.1.0-1@sha256:7c2d9e4f1a3b5c6d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d"), (At(Spec, "image", "repository"), At(Spec, "image", "tag")));
        Assert.Equal("${secret:config:research-platform:superset.secretKey}", At(Parse(Render.Files["components/superset/superset-keys.secret.yaml"]).Single(), "stringData", "secret-key"));
    }

    [Fact]
    public void Render_ResearchDatabase_IsRegisteredReadOnlyAtInit()
    {
        var command = ((YamlSequenceNode)Spec["lifecycle"]["init"]["command"]).Select(Scalar).ToList();
        var role = Prod.Resources.Single(r => r.Name == "postgres-role-research-superset-role");

        Assert.Equal("superset init && superset set-database-uri --database_name 'Research database' --uri \"$RESEARCH_DATABASE_URI\"", command[^1]);
        Assert.StartsWith("postgresql+psycopg2://research_superset:${secret:postgres-role-research-superset-password.result}@platform-rw.postgres.svc:5432/research?sslmode=verify-full",
            At(Parse(Render.Files["components/superset/superset-platform.secret.yaml"]).Single(), "stringData", "research-database-uri"));
        Assert.Contains("pg_read_all_data", Render.Files["components/postgres/postgres-role-research-superset-role.manifest.yaml"]);
        Assert.NotNull(role);
    }

    [Fact]
    public void Render_Login_MapsThePlatformGroupsToSupersetRoles()
    {
        var config = At(Spec, "config");

        Assert.Contains("\"DSP-Admins\": [\"Admin\"],\n    \"DSP-Researchers\": [\"Alpha\", \"sql_lab\"],\n    \"DSP-Students\": [\"Gamma\"],", config);
        Assert.Contains("CUSTOM_SECURITY_MANAGER = PlatformSecurityManager", config);
        Assert.Contains("AUTH_USER_REGISTRATION_ROLE = \"Public\"", config);
        var clients = (YamlSequenceNode)((YamlMappingNode)Parse(Render.Files["components/identity/dex.values.yaml"]).Single())["config"]["staticClients"];
        Assert.Equal("https://superset.dsp.uni-example.edu/oauth-authorized/platform", Scalar(((YamlSequenceNode)clients.Single(c => At(c, "id") == "superset")["redirectURIs"])[0]));
    }

    [Fact]
    public void Render_Cache_IsItsOwnValkeyOverTlsWithAGeneratedPassword()
    {
        var objects = Parse(Render.Files["components/superset/superset-valkey.manifest.yaml"]);
        var container = ((YamlSequenceNode)objects.Single(o => At(o, "kind") == "Deployment")["spec"]["template"]["spec"]["containers"])[0];
        var args = ((YamlSequenceNode)container["args"]).Select(Scalar).ToList();

        Assert.Equal(("0", "6379"), (args[args.IndexOf("--port") + 1], args[args.IndexOf("--tls-port") + 1]));
        Assert.Equal("$(VALKEY_PASSWORD)", args[args.IndexOf("--requirepass") + 1]);
        Assert.Equal(("superset-valkey.superset.svc", "required"), (At(Spec, "valkey", "host"), At(Spec, "valkey", "ssl", "certRequired")));
        Assert.Equal("university-ca", At(Parse(Render.Files["components/superset/superset-valkey-certificate.manifest.yaml"]).Single(), "spec", "issuerRef", "name"));
    }

    [Fact]
    public void Render_Operator_IsTheOciChartAtItsPin()
    {
        var release = (HelmReleaseSpec)Prod.Resources.Single(r => r.Name == "superset-operator").Spec;

        Assert.Equal(("oci://ghcr.io/apache/superset-kubernetes-operator/charts/superset-operator", "0.2.0", true), (release.Chart.Reference, release.Chart.Version, release.Chart.IsOci));
        Assert.Equal("superset-operator", release.Namespace);
    }

    [Fact]
    public void Render_Route_IsTheOperatorsOnThePlatformGateway()
    {
        Assert.Equal(("platform", "traefik", "https-superset"), (At(Spec, "networking", "gateway", "gatewayRef", "name"), At(Spec, "networking", "gateway", "gatewayRef", "namespace"), At(Spec, "networking", "gateway", "gatewayRef", "sectionName")));
        Assert.Equal("superset.dsp.uni-example.edu", Scalar(((YamlSequenceNode)Spec["networking"]["gateway"]["hostnames"])[0]));
    }

    [Fact]
    public void Render_StackWithoutTheSection_HasNoSuperset()
    {
        var plan = Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(TestStacks.Minimal));

        Assert.DoesNotContain(plan.Components, c => c.Type == Components.Superset.Superset.Type);
        Assert.DoesNotContain(plan.Resources, r => r.Name.Contains("superset", StringComparison.Ordinal));
    }
}
