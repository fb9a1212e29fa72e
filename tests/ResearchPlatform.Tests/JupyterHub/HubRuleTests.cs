using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.JupyterHub;

/// <summary>Every jupyterhub rule, one mistake at a time, with its exact message.</summary>
public class HubRuleTests
{
    [Theory]
    [InlineData("    hostname: hub.test.example\n", "    hostname: hub_test\n", "research-platform:jupyterhub.hostname: must be the hub's DNS name, such as hub.dsp.uni-example.edu (got 'hub_test')")]
    [InlineData("    authentication:\n", "    authentication:\n      groups:\n        students: Students\n        researchers: CN=Researchers,OU=Groups,DC=test,DC=example\n        admins: CN=Admins,OU=Groups,DC=test,DC=example\n", "research-platform:jupyterhub.authentication.groups.students: must be the full DN of an AD group, such as CN=DSP-Students,OU=Groups,DC=uni-example,DC=edu (got 'Students')")]
    [InlineData("        userSearchBase: OU=People,DC=test,DC=example\n", "        userSearchBase: People\n", "research-platform:jupyterhub.authentication.ldap.userSearchBase: must be a distinguished name such as OU=People,DC=uni-example,DC=edu (got 'People')")]
    [InlineData("        server: ad.test.example\n", "        server: ad.test.example\n        port: 389\n", "research-platform:jupyterhub.authentication.ldap.port: 389 is plain LDAP; LDAPS (tlsStrategy on-connect) listens on 636, or use tlsStrategy before-bind for StartTLS on 389")]
    [InlineData("        server: ad.test.example\n", "        server: ad.test.example\n        tlsStrategy: insecure\n", "research-platform:jupyterhub.authentication.ldap.tlsStrategy: must be one of on-connect, before-bind (got 'insecure')")]
    [InlineData("        storageTier: researcher\n", "        storageTier: fast\n", "research-platform:jupyterhub.tiers.researchers.storageTier: 'fast' is not a storage tier; declared: student, researcher (research-platform:storage.tiers)")]
    [InlineData("        profiles: [basic]\n", "        profiles: [basic, gpu]\n", "research-platform:jupyterhub.tiers.students.profiles[1]: 'gpu' is not a profile; declared: basic, data-science (research-platform:jupyterhub.profiles)")]
    [InlineData("        capacity: 10Gi\n", "        capacity: ten\n", "research-platform:jupyterhub.tiers.students.capacity: must be a Kubernetes quantity such as 10Gi (got 'ten')")]
    public void Validate_Hub_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_MissingAuthStateKey_ExplainsTheDrSite()
    {
        var text = TestStacks.MinimalWith("    authStateKey:\n      secure: v1:KKKKKKKKKKKKKKKK:LLLLLLLLLLLLLLLLLLLLLLLL\n", "");

        Assert.Equal(
            ["research-platform:jupyterhub.authStateKey: is required: it encrypts what the hub keeps about each login in its database, and a DR site restoring that database needs the very same key, so set one value in both stacks: pulumi config set --secret --path 'research-platform:jupyterhub.authStateKey' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr"],
            TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_MethodWithoutItsSettings_SaysWhatToAdd()
    {
        var oidc = TestStacks.MinimalWith("    authentication:\n", "    authentication:\n      method: oidc\n");

        Assert.Equal(["research-platform:jupyterhub.authentication.oidc: is required when method is oidc: add authorizeUrl, tokenUrl, userdataUrl, clientId and clientSecret"], TestStacks.Errors(oidc));
    }

    [Fact]
    public void Validate_OidcWithoutItsOwnGroups_AsksForTheClaimValues()
    {
        var oidc = TestStacks.MinimalWith(
            "      ldap:\n        server: ad.test.example\n        userSearchBase: OU=People,DC=test,DC=example\n        bindDn: CN=svc-ldap,OU=Service,DC=test,DC=example\n        bindPassword:\n          secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ\n",
            "      method: oidc\n      oidc:\n        authorizeUrl: https://id.test.example/auth\n        tokenUrl: https://id.test.example/token\n        userdataUrl: https://id.test.example/userinfo\n        clientId: hub\n        clientSecret:\n          secure: v1:IIIIIIIIIIIIIIII:JJJJJJJJJJJJJJJJJJJJJJJJ\n");

        Assert.Equal(["research-platform:jupyterhub.authentication.groups: is required when method is oidc: give the provider's group claim values for students, researchers and admins"], TestStacks.Errors(oidc));
    }

    [Theory]
    [InlineData("quay.io/jupyter/minimal-notebook:latest", "research-platform:jupyterhub.profiles[0].image: must be pinned by tag and digest, such as quay.io/jupyter/minimal-notebook:2025-12-31@sha256:<64 hex digits> (got 'quay.io/jupyter/minimal-notebook:latest')")]
    [InlineData("quay.io/jupyter/minimal-notebook@sha256:a153ceb6b41db4f86b7d7dc20c7b63d08e75e2038d5e8758b954fda50ed2e18d", "research-platform:jupyterhub.profiles[0].image: must be pinned by tag and digest, such as quay.io/jupyter/minimal-notebook:2025-12-31@sha256:<64 hex digits> (got 'quay.io/jupyter/minimal-notebook@sha256:a153ceb6b41db4f86b7d7dc20c7b63d08e75e2038d5e8758b954fda50ed2e18d')")]
    public void Validate_UnpinnedImage_IsRefused(string image, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(WithProfiles($"      - slug: basic\n        name: Basic\n        image: {image}\n")));
    }

    [Fact]
    public void Validate_Profiles_SizesSlugsAndDefaults_AndAGpuProfileWithoutGpusIsNoError()
    {
        const string Image = "quay.io/jupyter/minimal-notebook:2025-12-31@sha256:a153ceb6b41db4f86b7d7dc20c7b63d08e75e2038d5e8758b954fda50ed2e18d";
        var profiles =
            $"      - slug: basic\n        name: Basic\n        image: {Image}\n        cpuGuarantee: 3\n        default: true\n" +
            $"      - slug: basic\n        name: Again\n        image: {Image}\n        memoryGuaranteeGiB: 8\n        default: true\n" +
            $"      - slug: gpu\n        name: GPU\n        image: {Image}\n        gpus: 1\n";

        Assert.Equal(
        [
            "research-platform:jupyterhub.profiles[0].cpuGuarantee: must be above 0 and at most cpuLimit 2 (got 3)",
            "research-platform:jupyterhub.profiles[1].slug: 'basic' is already the slug of research-platform:jupyterhub.profiles[0]; slugs must be unique",
            "research-platform:jupyterhub.profiles[1].memoryGuaranteeGiB: must be above 0 and at most memoryLimitGiB 4 (got 8)",
            "research-platform:jupyterhub.profiles: at most one profile can be the default, but basic and basic are",
        ], TestStacks.Errors(WithProfiles(profiles)));
    }

    [Fact]
    public void Compose_SiteWithoutGpus_OffersTheGpuProfileNowhere()
    {
        // The platform layer lists the GPU profile once; dr has no GPU pool, so neither its hub nor a tier offers it.
        var prod = Stacks.Sections.JupyterHub.JupyterHubComposition.Args(TestStacks.Load("prod").Config);
        var dr = Stacks.Sections.JupyterHub.JupyterHubComposition.Args(TestStacks.Load("dr").Config);

        Assert.Equal(["basic", "data-science", "gpu"], prod.Profiles.Select(p => p.Slug));
        Assert.Equal(["basic", "data-science"], dr.Profiles.Select(p => p.Slug));
        Assert.Equal(["basic", "data-science"], dr.Tiers.Single(t => t.Name == "researcher").Profiles);
    }

    private static string WithProfiles(string profiles) =>
        TestStacks.Minimal.Replace("        profiles: [basic, data-science]", "        profiles: [basic]") + "\n    profiles:\n" + profiles;
}
