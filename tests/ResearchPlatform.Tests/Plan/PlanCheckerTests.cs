using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Tests.Plan.PlanTestResources;

namespace ResearchPlatform.Tests.Plan;

public class PlanCheckerTests
{
    [Fact]
    public void Plan_DanglingReferencesAndDuplicates_AreAllReported()
    {
        var secret = new PlanResource
        {
            Name = "db-credentials",
            Provider = "kubernetes",
            Spec = new KubernetesSecretSpec
            {
                SecretName = "db",
                Namespace = "data",
                StringData =
                [
                    KeyValuePair.Create<string, PlanValue>("password", new OutputReference("db-password", "result", true)),
                    KeyValuePair.Create<string, PlanValue>("key", new OutputReference("tls-key", "privateKey", true)),
                    KeyValuePair.Create<string, PlanValue>("public", new OutputReference("tls-key", "publicKeyPem", true)),
                ],
            },
            DependsOn = ["nothing-here"],
        };

        var e = Assert.Throws<PlanException>(() => PlanOf(Provider(), Key("tls-key"), Key("tls-key"), secret));

        Assert.Equal(
        [
            "resource 'tls-key': the name is used twice",
            "resource 'db-credentials': references 'db-password.result', but there is no resource 'db-password'",
            "resource 'db-credentials': references 'tls-key.privateKey', but TlsPrivateKey has no output 'privateKey'",
            "resource 'db-credentials': references 'tls-key.publicKeyPem' as secret, but it is plain",
            "resource 'db-credentials': depends on 'nothing-here', which is not in the plan",
        ], e.Errors);
    }

    [Fact]
    public void Plan_KubernetesResourceWithoutProvider_IsRefused()
    {
        var release = new PlanResource
        {
            Name = "cilium",
            Spec = new HelmReleaseSpec { ReleaseName = "cilium", Chart = new HelmChart("https://helm.cilium.io/", "cilium", "~1.19"), Namespace = "kube-system", Values = MapValue.Empty },
        };

        var e = Assert.Throws<PlanException>(() => PlanOf(release));

        Assert.Equal(
        [
            "resource 'cilium': a HelmRelease needs a Kubernetes provider",
            "resource 'cilium': chart version '~1.19' is not an exact version",
        ], e.Errors);
    }

    [Fact]
    public void Plan_RemoteManifestWithoutAPinnedVersion_IsRefused()
    {
        var provider = new PlanResource { Name = "kubernetes", Spec = new KubernetesProviderSpec { Kubeconfig = "apiVersion: v1\n" } };
        var crds = new PlanResource
        {
            Name = "gateway-api-crds",
            Provider = "kubernetes",
            Spec = new KubernetesManifestSpec { Objects = [], Files = ["https://github.com/kubernetes-sigs/gateway-api/releases/latest/download/standard-install.yaml", "http://example.test/v1.6.1/standard-install.yaml"] },
        };

        var e = Assert.Throws<PlanException>(() => PlanOf(provider, crds));

        Assert.Equal(
        [
            "resource 'gateway-api-crds': manifest 'https://github.com/kubernetes-sigs/gateway-api/releases/latest/download/standard-install.yaml' is not an https URL naming an exact version (v1.2.3)",
            "resource 'gateway-api-crds': manifest 'http://example.test/v1.6.1/standard-install.yaml' is not an https URL naming an exact version (v1.2.3)",
        ], e.Errors);
    }

    [Fact]
    public void Plan_ProviderThatIsNotAProvider_IsRefused()
    {
        var manifest = new PlanResource { Name = "ns", Provider = "pw", Spec = new KubernetesManifestSpec { Objects = [] } };

        var e = Assert.Throws<PlanException>(() => PlanOf(Password("pw"), manifest));

        Assert.Equal(["resource 'ns': provider 'pw' is not a KubernetesProvider of the plan"], e.Errors);
    }

    [Fact]
    public void Component_MalformedTypeToken_ThrowsAtOnce()
    {
        var e = Assert.Throws<ArgumentException>(() => new PlanComponent("research-platform:Storage:tiers", "tiers", []));

        Assert.StartsWith("component type 'research-platform:Storage:tiers' must look like 'research-platform:<module>:<Type>'", e.Message);
    }

    [Fact]
    public void Resource_UndeclaredOutput_ThrowsNamingTheDeclaredOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => Key("k").Output("pem"));

        Assert.StartsWith("resource 'k' (TlsPrivateKey) has no output 'pem'; it has: privateKeyPem, publicKeyPem", e.Message);
    }
}
