using System.Text;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Identity;

/// <summary>Single sign-on in the render: Dex over AD, its secrets as references, the hub as a client.</summary>
public class IdentityBrokerTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static readonly string Broker = TestStacks.MinimalWith("    authentication:\n", "    authentication:\n      method: broker\n");

    [Fact]
    public void Render_Dex_FederatesAdOverLdapsWithNestedGroups()
    {
        var values = Parse(Render.Files["components/identity/dex.values.yaml"]).Single();
        var connector = ((YamlSequenceNode)((YamlMappingNode)values)["config"]["connectors"])[0];
        var pem = TestStacks.Load("prod").Config.Identity.Directory.CaCertificate;

        Assert.Equal("https://login.dsp.uni-example.edu", At(values, "config", "issuer"));
        Assert.Equal(("ldap", "ad.uni-example.edu:636"), (At(connector, "type"), At(connector, "config", "host")));
        Assert.Equal(pem, Encoding.UTF8.GetString(Convert.FromBase64String(At(connector, "config", "rootCAData"))));
        Assert.Equal("$LDAP_BIND_PW", At(connector, "config", "bindPW"));
        Assert.Equal(("DN", "member:1.2.840.113556.1.4.1941:"), (At(((YamlSequenceNode)connector["config"]["groupSearch"]["userMatchers"])[0], "userAttr"), At(((YamlSequenceNode)connector["config"]["groupSearch"]["userMatchers"])[0], "groupAttr")));
        Assert.Equal(("false", "kubernetes"), (At(values, "config", "enablePasswordDB"), At(values, "config", "storage", "type")));
        Assert.Equal("dex-environment", At(((YamlSequenceNode)((YamlMappingNode)values)["envFrom"])[0], "secretRef", "name"));
        Assert.DoesNotContain("secret:", Render.Files["components/identity/dex.values.yaml"]);
    }

    [Fact]
    public void Render_DexEnvironment_HoldsTheBindPasswordAsAReference()
    {
        var environment = (KubernetesSecretSpec)Prod.Resources.Single(r => r.Name == "dex-environment").Spec;

        Assert.Equal("${secret:config:research-platform:identity.directory.bindPassword}", PlanValueResolver.Symbolic.ResolveText(environment.StringData.Single(e => e.Key == "LDAP_BIND_PW").Value));
    }

    [Fact]
    public void Render_DexRoute_IsOnThePlatformGateway()
    {
        var route = Parse(Render.Files["components/identity/dex-route.manifest.yaml"]).Single();
        var parent = ((YamlSequenceNode)route["spec"]["parentRefs"])[0];

        Assert.Equal(("platform", "traefik", "https-login"), (At(parent, "name"), At(parent, "namespace"), At(parent, "sectionName")));
        Assert.Equal("login.dsp.uni-example.edu", Scalar(((YamlSequenceNode)route["spec"]["hostnames"])[0]));
    }

    [Fact]
    public void Render_IdentityNamespace_LetsInTheGatewayAndOutToTheDirectoryOnly()
    {
        var policies = Render.Files["components/namespaces/namespace-identity.manifest.yaml"];

        Assert.Contains("pod-security.kubernetes.io/enforce: restricted", policies);
        Assert.Contains("  name: allow-login-from-gateway\n", policies);
        Assert.Contains("kubernetes.io/metadata.name: traefik", policies);
        Assert.Contains("  name: allow-directory-ldaps\n", policies);
        Assert.Contains("cidr: 10.41.0.0/24", policies);
        Assert.Contains("port: 636", policies);
    }

    [Fact]
    public void Plan_ProdHubOnDirectLdap_IsNoClientOfTheBroker()
    {
        var clients = (YamlSequenceNode)((YamlMappingNode)Parse(Render.Files["components/identity/dex.values.yaml"]).Single())["config"]["staticClients"];

        Assert.DoesNotContain(clients, c => At(c, "id") == "jupyterhub");
    }

    [Fact]
    public void Plan_HubThroughTheBroker_IsItsClientWithOneGeneratedSecret()
    {
        var plan = Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(Broker));
        var dex = (HelmReleaseSpec)plan.Resources.Single(r => r.Name == "dex").Spec;
        var client = ((ListValue)((MapValue)((MapValue)dex.Values)["config"]!)["staticClients"]!).Items.Cast<MapValue>().Single();
        var environment = (KubernetesSecretSpec)plan.Resources.Single(r => r.Name == "dex-environment").Spec;
        var hub = JupyterHub.HubValues.OfText(Broker);
        var oauth = JupyterHub.HubValues.At(hub, "hub", "config", "GenericOAuthenticator");

        Assert.Equal(("jupyterhub", "CLIENT_SECRET_JUPYTERHUB"), (Text(client["id"]), Text(client["secretEnv"])));
        Assert.Equal("https://hub.test.example/hub/oauth_callback", Text(((ListValue)client["redirectURIs"]!).Items[0]));
        Assert.Equal("${secret:sso-client-jupyterhub.result}", PlanValueResolver.Symbolic.ResolveText(environment.StringData.Single(e => e.Key == "CLIENT_SECRET_JUPYTERHUB").Value));
        Assert.Equal("${secret:sso-client-jupyterhub.result}", At(oauth, "client_secret"));
        Assert.Equal(("https://login.test.example/auth", "https://login.test.example/token", "https://login.test.example/userinfo"), (At(oauth, "authorize_url"), At(oauth, "token_url"), At(oauth, "userdata_url")));
        Assert.Equal(["Students", "Researchers", "Admins"], ((YamlSequenceNode)((YamlMappingNode)oauth)["allowed_groups"]).Select(Scalar));
        Assert.Contains("sso-client-jupyterhub", plan.Resources.Single(r => r.Name == "jupyterhub" && r.Kind == ResourceKind.HelmRelease).Dependencies());
    }

    private static string? Text(PlanValue? value) => (value as LiteralValue)?.Value as string;
}
