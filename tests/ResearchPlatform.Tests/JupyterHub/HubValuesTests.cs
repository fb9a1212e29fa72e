using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.JupyterHub.HubValues;

namespace ResearchPlatform.Tests.JupyterHub;

/// <summary>What each hub setting does to the chart values, and the security settings that are not optional.</summary>
public class HubValuesTests
{
    private static readonly YamlMappingNode Prod = OfStack("prod");

    [Fact]
    public void Values_NotebookPods_RunUnprivilegedAndNonRoot()
    {
        Assert.Equal("false", Text(Prod, "singleuser", "cloudMetadata", "blockWithIptables"));
        Assert.Equal("1000", Text(Prod, "singleuser", "uid"));
        Assert.Equal("100", Text(Prod, "singleuser", "fsGid"));
        Assert.Equal("false", Text(Prod, "singleuser", "allowPrivilegeEscalation"));
    }

    [Fact]
    public void Values_NetworkPolicies_AreOnWithExplicitEgress()
    {
        Assert.Equal("true", Text(Prod, "hub", "networkPolicy", "enabled"));
        Assert.Equal("true", Text(Prod, "proxy", "chp", "networkPolicy", "enabled"));
        Assert.Equal("true", Text(Prod, "singleuser", "networkPolicy", "enabled"));
        Assert.Equal("false", Text(Prod, "singleuser", "networkPolicy", "egressAllowRules", "privateIPs"));
        Assert.Equal("false", Text(Prod, "singleuser", "networkPolicy", "egressAllowRules", "cloudMetadataServer"));
        Assert.Equal("false", Text(Prod, "hub", "networkPolicy", "egressAllowRules", "nonPrivateIPs"));
    }

    [Fact]
    public void Values_Hub_IsReachableOnlyThroughTheGatewayRoute()
    {
        Assert.Equal("ClusterIP", Text(Prod, "proxy", "service", "type"));
        Assert.Equal("false", Text(Prod, "proxy", "https", "enabled"));
        Assert.Equal("false", Text(Prod, "ingress", "enabled"));
        Assert.Equal("true", Text(Prod, "httpRoute", "enabled"));
        Assert.Equal("hub.dsp.uni-example.edu", RenderedNodeScalar(((YamlSequenceNode)At(Prod, "httpRoute", "hostnames"))[0]));
        Assert.Equal(("platform", "traefik", "https-hub"), (Text(Prod, "httpRoute", "gateway", "name"), Text(Prod, "httpRoute", "gateway", "namespace"), Text(Prod, "httpRoute", "gateway", "sectionName")));
    }

    [Fact]
    public void Values_Ldap_LogsInOverLdapsWithTheSearchAccount()
    {
        var ldap = At(Prod, "hub", "config", "LDAPAuthenticator");

        Assert.Equal("ldapauthenticator.LDAPAuthenticator", Text(Prod, "hub", "config", "JupyterHub", "authenticator_class"));
        Assert.Equal(("ad.uni-example.edu", "636", "on_connect"), (Text(ldap, "server_address"), Text(ldap, "server_port"), Text(ldap, "tls_strategy")));
        Assert.Equal("CN=svc-dsp-ldap,OU=Service Accounts,DC=uni-example,DC=edu", Text(ldap, "lookup_dn_search_user"));
        Assert.Equal("${secret:config:research-platform:jupyterhub.authentication.ldap.bindPassword}", Text(ldap, "lookup_dn_search_password"));
        Assert.Equal("sAMAccountName", Text(ldap, "user_attribute"));
        Assert.Equal(3, ((YamlSequenceNode)At(ldap, "allowed_groups")).Children.Count);
        Assert.Equal("true", Text(Prod, "hub", "config", "Authenticator", "enable_auth_state"));
    }

    [Fact]
    public void Values_Secrets_AreReferencesOnly()
    {
        Assert.Equal("${secret:jupyterhub-proxy-token.result}", Text(Prod, "proxy", "secretToken"));
        Assert.Equal("${secret:jupyterhub-cookie-secret.result}", Text(Prod, "hub", "cookieSecret"));
        Assert.Equal("${secret:config:research-platform:jupyterhub.authStateKey}", RenderedNodeScalar(((YamlSequenceNode)At(Prod, "hub", "config", "CryptKeeper", "keys"))[0]));
        Assert.Equal("${secret:postgres-role-jupyterhub-password.result}", Text(Prod, "hub", "db", "password"));
    }

    [Fact]
    public void Values_Database_IsThePlatformPostgresVerifiedAgainstItsCa()
    {
        Assert.Equal("postgres", Text(Prod, "hub", "db", "type"));
        Assert.Equal("postgresql+psycopg2://jupyterhub@platform-rw.postgres.svc:5432/jupyterhub?sslmode=verify-full&sslrootcert=/usr/local/etc/jupyterhub/database/ca.crt", Text(Prod, "hub", "db", "url"));
        Assert.Equal("true", Text(Prod, "hub", "db", "upgrade"));
    }

    [Fact]
    public void Values_Culling_TurnsMinutesAndHoursIntoSeconds()
    {
        var text = TestStacks.Minimal + "\n    culling:\n      idleTimeoutMinutes: 90\n      maxAgeHours: 8\n";
        var values = OfText(text);

        Assert.Equal(("5400", "28800", "true"), (Text(values, "cull", "timeout"), Text(values, "cull", "maxAge"), Text(values, "cull", "enabled")));
        Assert.Equal(("3600", "86400"), (Text(Prod, "cull", "timeout"), Text(Prod, "cull", "maxAge")));
    }

    [Fact]
    public void Values_Branding_ReachesTheLoginTemplate()
    {
        Assert.Equal("Example University Data Science Platform", Text(Prod, "hub", "templateVars", "organization"));
        Assert.Equal("https://www.uni-example.edu/assets/logo.svg", Text(Prod, "hub", "templateVars", "logo_url"));
        Assert.Contains("{% extends \"templates/login.html\" %}", Text(Prod, "hub", "extraFiles", "login-template", "stringData"));
        Assert.Equal("/usr/local/share/jupyterhub/custom_templates/login.html", Text(Prod, "hub", "extraFiles", "login-template", "mountPath"));
    }

    [Fact]
    public void Values_Profiles_PinImagesAndSizeResources()
    {
        var profiles = ((YamlSequenceNode)At(Prod, "singleuser", "profileList")).Children;
        var gpu = profiles.Single(p => Text(p, "slug") == "gpu");

        Assert.Equal(["basic", "data-science", "gpu"], profiles.Select(p => Text(p, "slug")));
        Assert.Equal("true", Text(profiles[0], "default"));
        Assert.EndsWith("@sha256:1a91a693c8cb086f3607f2ed38a2743ecd53dd1dac2d3e84e6cd647b33fd2bba", Text(profiles[1], "kubespawner_override", "image"));
        Assert.Equal(("1", "4", "4G", "16G"), (Text(profiles[1], "kubespawner_override", "cpu_guarantee"), Text(profiles[1], "kubespawner_override", "cpu_limit"), Text(profiles[1], "kubespawner_override", "mem_guarantee"), Text(profiles[1], "kubespawner_override", "mem_limit")));
        Assert.Equal("1", Text(gpu, "kubespawner_override", "extra_resource_limits", "nvidia.com/gpu"));
        Assert.Equal("nvidia.com/gpu", Text(((YamlSequenceNode)At(gpu, "kubespawner_override", "tolerations"))[0], "key"));
        Assert.Equal(("quay.io/jupyter/minimal-notebook", "2025-12-31@sha256:a153ceb6b41db4f86b7d7dc20c7b63d08e75e2038d5e8758b954fda50ed2e18d"), (Text(Prod, "singleuser", "image", "name"), Text(Prod, "singleuser", "image", "tag")));
    }

    [Fact]
    public void Values_DefaultProfiles_AreBasicAndDataScience()
    {
        var profiles = ((YamlSequenceNode)At(OfText(TestStacks.Minimal), "singleuser", "profileList")).Children;

        Assert.Equal(["Basic", "Data Science"], profiles.Select(p => Text(p, "display_name")));
    }

    [Fact]
    public void Values_Operations_UserSchedulerPrePullerAndStudentHomes()
    {
        Assert.Equal("true", Text(Prod, "scheduling", "userScheduler", "enabled"));
        Assert.Equal(("true", "true", "true"), (Text(Prod, "prePuller", "hook", "enabled"), Text(Prod, "prePuller", "continuous", "enabled"), Text(Prod, "prePuller", "pullProfileListImages")));
        Assert.Equal(("dynamic", "10Gi", "student"), (Text(Prod, "singleuser", "storage", "type"), Text(Prod, "singleuser", "storage", "capacity"), Text(Prod, "singleuser", "storage", "dynamic", "storageClass")));
    }

    [Fact]
    public void Values_Oidc_UsesGenericOAuthenticatorWithGroups()
    {
        var text = TestStacks.Minimal
            .Replace("      ldap:\n        server: ad.test.example\n        userSearchBase: OU=People,DC=test,DC=example\n        bindDn: CN=svc-ldap,OU=Service,DC=test,DC=example\n        bindPassword:\n          secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ\n",
                "      method: oidc\n      oidc:\n        authorizeUrl: https://id.test.example/auth\n        tokenUrl: https://id.test.example/token\n        userdataUrl: https://id.test.example/userinfo\n        clientId: hub\n        clientSecret:\n          secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ\n      groups:\n        students: dsp-students\n        researchers: dsp-researchers\n        admins: dsp-admins\n");
        var values = OfText(text);
        var oauth = At(values, "hub", "config", "GenericOAuthenticator");

        Assert.Equal("oauthenticator.generic.GenericOAuthenticator", Text(values, "hub", "config", "JupyterHub", "authenticator_class"));
        Assert.Equal("https://hub.test.example/hub/oauth_callback", Text(oauth, "oauth_callback_url"));
        Assert.Equal("${secret:config:research-platform:jupyterhub.authentication.oidc.clientSecret}", Text(oauth, "client_secret"));
        Assert.Equal(("true", "oauth_user.groups"), (Text(oauth, "manage_groups"), Text(oauth, "auth_state_groups_key")));
        Assert.Equal("dsp-admins", RenderedNodeScalar(((YamlSequenceNode)At(oauth, "admin_groups"))[0]));
        Assert.Equal("true", Text(values, "hub", "networkPolicy", "egressAllowRules", "nonPrivateIPs"));
        Assert.False(((YamlMappingNode)At(values, "hub", "config")).Children.ContainsKey("LDAPAuthenticator"));
    }

    [Fact]
    public void Plan_Hub_WaitsForItsStorageAndGeneratesItsSecrets()
    {
        var plan = TestStacks.Plan("prod");
        var hub = plan.Resources.Single(r => r.Name == "jupyterhub");

        Assert.Superset(new HashSet<string> { "namespace-jupyterhub", "storageclass-student", "storageclass-researcher", "share-chemistry", "share-physics-archive", "jupyterhub-proxy-token", "jupyterhub-cookie-secret", "kubernetes" }, hub.Dependencies().ToHashSet());
        Assert.Contains(plan.Outputs, o => o.Name == "hubUrl");
    }

    private static string RenderedNodeScalar(YamlNode node) => Compute.RenderedNode.Scalar(node);
}
