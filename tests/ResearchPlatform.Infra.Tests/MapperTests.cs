using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Infra.Tests.Support;

namespace ResearchPlatform.Infra.Tests;

/// <summary>One check per resource kind that its plan properties reach the typed Pulumi resource.</summary>
public class MapperTests
{
    [Fact]
    public async Task Map_VirtualMachine_ClonesTheTemplateWithCloudInit()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var vm = mocks.Inputs("cp-1");

        Assert.Equal("dsp-prod-cp-1", vm["name"]);
        Assert.Equal(4.0, vm["numCpus"]);
        Assert.Equal(16384.0, vm["memory"]);
        Assert.Equal("pool-North-Compute-01/Resources/research-platform", vm["resourcePoolId"]);
        Assert.Equal("datastore-north-ontap-nfs-vm01", vm["datastoreId"]);
        Assert.Equal("research-platform/prod", vm["folder"]);
        Assert.Equal(PlatformMocks.TemplateUuid, Map(vm["clone"])["templateUuid"]);
        Assert.Equal("ubuntu64Guest", vm["guestId"]);
        Assert.Equal("network-dvpg-north-vlan2020-dsp", Map(List(vm["networkInterfaces"])[0])["networkId"]);
        Assert.Equal(80.0, Map(List(vm["disks"])[0])["size"]);
        Assert.Equal(["category-environment/tag-production", "category-service/tag-research-platform"], List(vm["tags"]));
        Assert.Equal(30.0, vm["waitForGuestNetTimeout"]);
        Assert.Equal(["10.41.20.11/32", "::/0"], List(vm["ignoredGuestIps"]));
        var extraConfig = Map(vm["extraConfig"]);
        Assert.Equal("gzip+base64", extraConfig["guestinfo.userdata.encoding"]);
        var userData = Gunzip((string)extraConfig["guestinfo.userdata"]);
        Assert.StartsWith("#cloud-config\n", userData);
        Assert.Contains("kubeadm init --config", userData);
        Assert.Contains("MOCK-PRIVATE-KEY", userData);
        Assert.Contains("token: mockbootstraptokenid.mockbootstraptokensecret", userData);
    }

    [Fact]
    public async Task Map_GpuWorker_ClonesTheGpuTemplate()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");

        Assert.Contains(mocks.Calls, c => c.Token == "vsphere:index/getVirtualMachine:getVirtualMachine" && (string)c.Args["name"] == "ubuntu-24.04-cloudimg-2026.10-vgpu-a100-40c");
        Assert.DoesNotContain("MOCK-PRIVATE-KEY", Gunzip((string)Map(mocks.Inputs("gpu-1")["extraConfig"])["guestinfo.userdata"]));
    }

    [Fact]
    public async Task Map_GpuWorker_ReservesAndLocksAllItsMemory()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");

        Assert.Equal(131072.0, mocks.Inputs("gpu-1")["memoryReservation"]);
        Assert.Equal(true, mocks.Inputs("gpu-1")["memoryReservationLockedToMax"]);
        Assert.False(mocks.Inputs("general-1").ContainsKey("memoryReservation"));
    }

    [Fact]
    public async Task Map_GpuOperator_GetsItsLicenceTokenFromSecretConfig()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var values = Map(mocks.Inputs("gpu-operator")["values"]);

        Assert.Equal("v26.7.0", mocks.Inputs("gpu-operator")["version"]);
        Assert.Equal("registry.uni-example.edu/nvidia", Map(values["driver"])["repository"]);
        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, Map(mocks.Inputs("gpu-operator-licensing")["stringData"])["client_configuration_token.tok"]);
    }

    [Fact]
    public async Task Map_GatewayApiCrds_IsAConfigGroupOfTheReleasedFile()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var crds = mocks.Inputs("gateway-api-crds");

        Assert.Equal("kubernetes:yaml/v2:ConfigGroup", mocks.Registered["gateway-api-crds"].Type);
        Assert.Equal(["https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.6.1/standard-install.yaml"], List(crds["files"]));
        Assert.False(crds.ContainsKey("yaml"));
    }

    [Fact]
    public async Task Map_EntryCaSecret_TakesTheIntermediateFromSecretConfig()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var data = Map(mocks.Inputs("university-ca-secret")["stringData"]);

        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, data["tls.crt"]);
        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, data["tls.key"]);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", (string)data["ca.crt"]);
        Assert.Equal("kubernetes.io/tls", mocks.Inputs("university-ca-secret")["type"]);
    }

    [Fact]
    public async Task Map_DexEnvironment_TakesTheBindPasswordFromSecretConfig()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");

        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, Map(mocks.Inputs("dex-environment")["stringData"])["LDAP_BIND_PW"]);
        var connector = Map(List(Map(Map(mocks.Inputs("dex")["values"])["config"])["connectors"])[0]);
        Assert.Equal("$LDAP_BIND_PW", Map(connector["config"])["bindPW"]);
    }

    [Fact]
    public async Task Map_PlatformPostgres_GivesRoleAndHubTheSamePasswordAndKeepsTheCluster()
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var role = Map(mocks.Inputs("postgres-role-jupyterhub")["stringData"]);
        var backup = Map(mocks.Inputs("postgres-backup-credentials")["stringData"]);

        Assert.Equal("mockpostgresrolejupyterhubpassword", role["password"]);
        Assert.Equal("kubernetes.io/basic-auth", mocks.Inputs("postgres-role-jupyterhub")["type"]);
        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, backup["ACCESS_KEY_ID"]);
        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, backup["ACCESS_SECRET_KEY"]);
        Assert.Contains("kind: Cluster\n", (string)mocks.Inputs("postgres-cluster")["yaml"]);
        Assert.True(plan.Resources["postgres-cluster"].Options.Protect);
        Assert.Single(plan.Resources["postgres-cluster"].Options.ResourceTransforms);
    }

    [Fact]
    public async Task Map_HelmRelease_PinsChartRepositoryAndValues()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var release = mocks.Inputs("cilium");

        Assert.Equal("cilium", release["chart"]);
        Assert.Equal("1.19.8", release["version"]);
        Assert.Equal("https://helm.cilium.io/", Map(release["repositoryOpts"])["repo"]);
        Assert.Equal("kube-system", release["namespace"]);
        Assert.Equal(true, release["atomic"]);
        Assert.Equal(false, release["createNamespace"]);
        Assert.Equal("10.41.20.10", Map(release["values"])["k8sServiceHost"]);
    }

    [Fact]
    public async Task Map_JupyterHubRelease_GetsItsSecretsResolved()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var values = Map(mocks.Inputs("jupyterhub")["values"]);
        var hub = Map(values["hub"]);

        Assert.Equal("4.4.0", mocks.Inputs("jupyterhub")["version"]);
        Assert.Equal("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", Map(values["proxy"])["secretToken"]);
        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, List(Map(Map(hub["config"])["CryptKeeper"])["keys"])[0]);
        // The hub's database is on the platform PostgreSQL: its role's generated password.
        Assert.Equal("mockpostgresrolejupyterhubpassword", Map(hub["db"])["password"]);
        Assert.Equal(false, Map(Map(values["singleuser"])["cloudMetadata"])["blockWithIptables"]);
    }

    [Fact]
    public async Task Map_KubernetesManifest_IsAConfigGroupOfTheRenderedYaml()
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var yaml = (string)mocks.Inputs("namespace-research-platform-system")["yaml"];
        var objects = ((KubernetesManifestSpec)plan.Resources["namespace-research-platform-system"].Plan.Spec).Objects;

        Assert.Contains("kind: Namespace\nmetadata:\n  annotations:", yaml);
        Assert.Contains("  name: default-deny\n", yaml);
        Assert.Equal(objects.Count, yaml.Split("---\n").Length);
        Assert.True(objects.Count >= 3, "the namespace, default-deny and the DNS allowance at least");
    }

    [Fact]
    public async Task Map_GeneratedSecrets_UseTheirAlphabets()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");

        var tokenId = mocks.Inputs("bootstrap-token-id");
        Assert.Equal("random:index/randomPassword:RandomPassword", mocks.Registered["bootstrap-token-id"].Type);
        Assert.Equal(6.0, tokenId["length"]);
        Assert.Equal(false, tokenId["special"]);
        Assert.Equal(false, tokenId["upper"]);
        Assert.Equal("random:index/randomBytes:RandomBytes", mocks.Registered["certificate-key"].Type);
        Assert.Equal(32.0, mocks.Inputs("certificate-key")["length"]);
    }

    [Fact]
    public async Task Map_TlsResources_BuildTheClusterPki()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");

        Assert.Equal("RSA", mocks.Inputs("cluster-ca-key")["algorithm"]);
        Assert.Equal(4096.0, mocks.Inputs("cluster-ca-key")["rsaBits"]);
        Assert.Equal("P256", mocks.Inputs("cluster-admin-key")["ecdsaCurve"]);
        var ca = mocks.Inputs("cluster-ca-cert");
        Assert.Equal(true, ca["isCaCertificate"]);
        Assert.Equal(87600.0, ca["validityPeriodHours"]);
        Assert.Equal(PlatformMocks.MockPrivateKey, ca["privateKeyPem"]);
        Assert.Equal("kubernetes", Map(ca["subject"])["commonName"]);
        Assert.Equal("kubeadm:cluster-admins", Map(mocks.Inputs("cluster-admin-csr")["subject"])["organization"]);
        var admin = mocks.Inputs("cluster-admin-cert");
        Assert.Contains("client_auth", List(admin["allowedUses"]));
        Assert.Equal(PlatformMocks.MockCertificate, admin["caCertPem"]);
        Assert.Equal(720.0, admin["earlyRenewalHours"]);
    }

    [Fact]
    public async Task Map_KubernetesProvider_UsesTheAssembledKubeconfig()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");

        Assert.Equal("pulumi:providers:kubernetes", mocks.Registered["kubernetes"].Type);
        Assert.Contains("server: https://10.41.20.10:6443", (string)mocks.Inputs("kubernetes")["kubeconfig"]);
    }

    [Fact]
    public async Task Map_KubernetesSecret_TakesTheSvmPasswordFromSecretConfig()
    {
        var (_, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var secret = mocks.Inputs("backend-dsp-credentials");

        Assert.Equal("kubernetes:core/v1:Secret", mocks.Registered["backend-dsp-credentials"].Type);
        Assert.Equal(ResearchPlatform.Tests.Support.PulumiConfigFixture.Decrypted, Map(secret["stringData"])["password"]);
        Assert.Equal("trident", Map(secret["metadata"])["namespace"]);
    }

    [Fact]
    public async Task Resolve_ConfigSecret_ReadsItThroughPulumiAsASecret()
    {
        PulumiRun.UseConfig(([KeyValuePair.Create<string, string?>("research-platform:db", """{"admin": {"password": "pw-from-config"}}""")], ["research-platform:db"]));
        Output<string>? resolved = null;

        await PulumiRun.ProgramAsync(() => resolved = new SecretConfigResolver().Resolve("research-platform:db.admin.password"));

        Assert.True(await Output.IsSecretAsync(resolved!));
        Assert.Equal("pw-from-config", await PulumiRun.ValueAsync(resolved!));
    }

    private static ImmutableDictionary<string, object> Map(object value) => (ImmutableDictionary<string, object>)value;

    // An array, not the ImmutableArray itself: xunit compares ImmutableArrays by reference.
    private static object[] List(object value) => ((ImmutableArray<object>)value).ToArray();

    private static string Gunzip(string base64)
    {
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        return new StreamReader(gzip, Encoding.UTF8).ReadToEnd();
    }
}
