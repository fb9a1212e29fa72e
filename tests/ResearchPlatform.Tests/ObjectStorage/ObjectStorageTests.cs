using System.Text.Json;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;
using Store = ResearchPlatform.Components.ObjectStorage.ObjectStorage;

namespace ResearchPlatform.Tests.ObjectStorage;

/// <summary>The S3 store in the prod render, and the component on its own: identities, TLS, security, buckets, safety.</summary>
public class ObjectStorageTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlNode Values => Parse(Render.Files["components/objectstorage/seaweedfs.values.yaml"]).Single();

    [Fact]
    public void Render_Identities_GiveEachTierItsOwnGeneratedKeysAndOnlyItsBuckets()
    {
        var secret = Parse(Render.Files["components/objectstorage/s3-identities.secret.yaml"]).Single();
        using var config = JsonDocument.Parse(At(secret, "stringData", "seaweedfs_s3_config"));
        var identities = config.RootElement.GetProperty("identities").EnumerateArray().ToDictionary(i => i.GetProperty("name").GetString()!);

        Assert.Equal(Stacks.Sections.ObjectStorage.ObjectStorageSection.Identities(TestStacks.Load("prod").Config).Select(i => i.Name), identities.Keys);
        Assert.Equal(["notebooks-researcher", "notebooks-student", "ckan", "airflow", "modelserving"], identities.Keys);
        Assert.Equal(["Read:airflow-logs", "List:airflow-logs", "Write:airflow-logs", "Tagging:airflow-logs"], identities["airflow"].GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(["Read:models", "List:models"], identities["modelserving"].GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("${secret:s3-notebooks-student-secret-key.result}", identities["notebooks-student"].GetProperty("credentials")[0].GetProperty("secretKey").GetString());
        Assert.Equal(["Read:research", "List:research", "Read:models", "List:models"], identities["notebooks-student"].GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("Write:research", identities["notebooks-researcher"].GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.DoesNotContain(identities.Values.SelectMany(i => i.GetProperty("actions").EnumerateArray()), a => a.GetString() == "Admin");
    }

    [Fact]
    public void Render_SeaweedFs_ServesHttpsFromTheUniversityCaWithMutualTlsInside()
    {
        var certificate = Parse(Render.Files["components/objectstorage/s3-certificate.manifest.yaml"]).Single();

        Assert.Equal(("true", "8443", "seaweedfs-s3-tls", "seaweedfs-s3-identities", "true"),
            (At(Values, "global", "seaweedfs", "enableSecurity"), At(Values, "s3", "httpsPort"), At(Values, "s3", "tlsSecret"), At(Values, "s3", "existingConfigSecret"), At(Values, "s3", "enableAuth")));
        Assert.Equal(("seaweedfs-s3-tls", "ClusterIssuer", "university-ca"), (At(certificate, "spec", "secretName"), At(certificate, "spec", "issuerRef", "kind"), At(certificate, "spec", "issuerRef", "name")));
        Assert.Contains("seaweedfs-s3.objectstore.svc", ((YamlSequenceNode)certificate["spec"]["dnsNames"]).Select(Scalar));
    }

    [Theory]
    [InlineData("master")]
    [InlineData("volume")]
    [InlineData("filer")]
    [InlineData("s3")]
    public void Render_EveryServer_RunsAsTheImagesUserWithLogsInThePod(string server)
    {
        Assert.Equal(("true", "1000", "RuntimeDefault", "false", "ALL", "emptyDir"),
            (At(Values, server, "podSecurityContext", "runAsNonRoot"), At(Values, server, "podSecurityContext", "runAsUser"), At(Values, server, "podSecurityContext", "seccompProfile", "type"),
             At(Values, server, "containerSecurityContext", "allowPrivilegeEscalation"), Scalar(((YamlSequenceNode)((YamlMappingNode)Values[server])["containerSecurityContext"]["capabilities"]["drop"])[0]), At(Values, server, "logs", "type")));
        Assert.NotNull(((YamlMappingNode)Values[server])["resources"]["limits"]);
    }

    [Fact]
    public void Render_ChartsApiAccess_IsOff()
    {
        Assert.Equal(("false", "false", "false"), (At(Values, "global", "seaweedfs", "createClusterRole"), At(Values, "global", "seaweedfs", "automountServiceAccountToken"), At(Values, "volume", "resizeHook", "enabled")));
    }

    [Fact]
    public void Render_Volumes_AreOnTheReplicatedTierWithEveryObjectTwice()
    {
        var data = ((YamlSequenceNode)Values["volume"]["dataDirs"])[0];

        Assert.Equal(("researcher", "1Ti", "3", "001"), (At(data, "storageClass"), At(data, "size"), At(Values, "volume", "replicas"), At(Values, "global", "seaweedfs", "replicationPlacement")));
        Assert.Equal(Stacks.Sections.ObjectStorage.ObjectStorageSection.Buckets(TestStacks.Load("prod").Config).Select(b => b.Bucket.Name), ((YamlSequenceNode)Values["s3"]["createBuckets"]).Select(b => At(b, "name")));
        Assert.Equal(["research", "models", "ckan-uploads", "airflow-logs"], ((YamlSequenceNode)Values["s3"]["createBuckets"]).Select(b => At(b, "name")));
        Assert.Equal("true", At(((YamlSequenceNode)Values["s3"]["createBuckets"])[1], "versioning"));
    }

    [Fact]
    public void Plan_ReleaseAndNamespace_AreProtectedAndKept()
    {
        Assert.Equal(PlanResourceOptions.Stateful, Prod.Resources.Single(r => r.Name == "seaweedfs").Options);
        Assert.Equal(PlanResourceOptions.Stateful, Prod.Resources.Single(r => r.Name == "namespace-objectstore").Options);
        Assert.Equal(["namespace-objectstore", "cluster-issuer", "storageclass-researcher"], Prod.Resources.Single(r => r.Name == "s3-certificate").DependsOn);
    }

    [Fact]
    public void Build_GrantOnAnUndeclaredBucket_IsRefused()
    {
        var args = Args() with { Identities = [new S3Identity("ckan", [new S3Grant("uploads", S3Access.Write)])] };

        var e = Assert.Throws<ArgumentException>(() => Store.Build(args, new KubernetesWiring(Provider)));

        Assert.Equal("object storage: a grant names bucket 'uploads', which is not declared (Parameter 'args')", e.Message);
    }

    [Fact]
    public void Build_ExternalStore_DeploysNothingAndHandsOutTheGivenKeys()
    {
        var keys = new S3KeyPair(new ConfigSecretReference("research-platform:objectStorage.external.keys.ckan.accessKeyId"), new ConfigSecretReference("research-platform:objectStorage.external.keys.ckan.secretAccessKey"));
        var args = Args() with
        {
            Identities = [new S3Identity("ckan", [new S3Grant("research", S3Access.Write)]) { Keys = keys }],
            External = new ExternalS3Args { Endpoint = "https://s3.site.example", Network = "10.9.0.0/24", CaCertificate = "PEM" },
        };

        var (component, handle) = Store.Build(args, new KubernetesWiring(Provider));

        Assert.Empty(component.Resources);
        Assert.Equal(("https://s3.site.example", "PEM", keys, (PlanResource?)null), (handle.Endpoint, handle.CaCertificate, handle.KeysOf("ckan"), handle.Ready));
    }

    [Fact]
    public void Build_ExternalStoreWithoutAnIdentitysKeys_IsRefused()
    {
        var args = Args() with { External = new ExternalS3Args { Endpoint = "https://s3.site.example", Network = "10.9.0.0/24", CaCertificate = "PEM" } };

        var e = Assert.Throws<ArgumentException>(() => Store.Build(args, new KubernetesWiring(Provider)));

        Assert.Equal("object storage: identity 'notebooks-student' needs the key pair the external store issued (Parameter 'args')", e.Message);
    }

    [Fact]
    public void KeysOf_AnUnknownIdentity_SaysHowToDeclareIt()
    {
        var (_, handle) = Store.Build(Args(), new KubernetesWiring(Provider));

        var e = Assert.Throws<ArgumentException>(() => handle.KeysOf("superset"));

        Assert.Equal("the object storage has no identity 'superset': declare it with the section's buckets (Parameter 'identity')", e.Message);
    }

    private static readonly PlanResource Provider = new() { Name = "k8s", Spec = new KubernetesProviderSpec { Kubeconfig = "kubeconfig" } };

    private static ObjectStorageArgs Args() => new()
    {
        Buckets = [new S3Bucket("research", "research data")],
        Identities = [new S3Identity("notebooks-student", [new S3Grant("research", S3Access.Read)])],
        StorageClass = "researcher",
        Issuer = "university-ca",
        RootCertificate = "PEM",
    };
}
