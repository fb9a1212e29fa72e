using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Stacks.Rendering;
using Pulumi.Testing;
using ResearchPlatform.Infra.Tests.Support;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Infra.Tests;

/// <summary>The whole prod and dr stacks under Deployment.TestAsync with strict mocks.</summary>
public class StackRealizationTests
{
    /// <summary>The Pulumi type each plan kind becomes: the mapping operators read in a preview.</summary>
    private static readonly Dictionary<ResourceKind, string> PulumiTypes = new()
    {
        [ResourceKind.VirtualMachine] = "vsphere:index/virtualMachine:VirtualMachine",
        [ResourceKind.KubernetesProvider] = "pulumi:providers:kubernetes",
        [ResourceKind.HelmRelease] = "kubernetes:helm.sh/v3:Release",
        [ResourceKind.KubernetesManifest] = "kubernetes:yaml/v2:ConfigGroup",
        [ResourceKind.KubernetesSecret] = "kubernetes:core/v1:Secret",
        [ResourceKind.TlsPrivateKey] = "tls:index/privateKey:PrivateKey",
        [ResourceKind.TlsSelfSignedCert] = "tls:index/selfSignedCert:SelfSignedCert",
        [ResourceKind.TlsCertRequest] = "tls:index/certRequest:CertRequest",
        [ResourceKind.TlsLocallySignedCert] = "tls:index/locallySignedCert:LocallySignedCert",
    };

    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public async Task Realize_Stack_CreatesEveryResourceAsItsKindsPulumiType(string stack)
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync(stack);
        var composed = ResearchPlatform.Stacks.Composition.PlatformComposer.Compose(ResearchPlatform.Stacks.Config.StackLoader.Load(ResearchPlatform.Tests.Support.RepoPaths.Root, stack));

        Assert.All(plan.Resources.Values, r =>
        {
            var type = mocks.Registered[r.Plan.Name].Type;
            if (r.Plan.Spec is GeneratedSecretSpec secret)
            {
                Assert.Equal(secret.Format == GeneratedSecretFormat.HexBytes ? "random:index/randomBytes:RandomBytes" : "random:index/randomPassword:RandomPassword", type);
            }
            else if (!(r.Plan.Kind == ResourceKind.HelmRelease && r.Plan.Name == "jupyterhub"))
            {
                // (the hub component and its release share the name "jupyterhub"; the mock keeps the last)
                Assert.Equal(PulumiTypes[r.Plan.Kind], type);
            }
        });
        Assert.All(plan.Resources.Values, r => Assert.Same(plan.Components[composed.ComponentOf(r.Plan.Name).Name], r.Options.Parent));
        Assert.Same(plan.Components["storage"], plan.Components["trident"].ParentComponent);
        Assert.Equal("research-platform:compute:ControlPlane", mocks.Registered["control-plane"].Type);
    }

    [Fact]
    public async Task Realize_DrStack_HasNoGpuPool()
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync("dr");

        Assert.DoesNotContain("pool-gpu", plan.Components.Keys);
        Assert.Equal(3 + 3 + 1, plan.Resources.Values.Count(r => mocks.Registered[r.Plan.Name].Type == "vsphere:index/virtualMachine:VirtualMachine"));
        Assert.Equal("dsp-dr-cp-1", mocks.Inputs("cp-1")["name"]);
    }

    [Fact]
    public async Task Realize_StackFileNotMerged_StopsWithOneErrorSayingHowToRunIt()
    {
        PulumiRun.UseConfig(PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.dr.yaml"), merged: false));
        var mocks = new PlatformMocks();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks.Mock.Object, new TestOptions { IsPreview = true, StackName = "dr", ProjectName = "research-platform" }, () => PlatformProgram.Realize("dr").Outputs));

        Assert.Contains(
            "research-platform:layer: names the platform layer platform.yaml, so this is the stack file itself, not the merged one: run Pulumi with research-platform stack-config dr > /tmp/Pulumi.dr.yaml and pulumi up -s dr --config-file /tmp/Pulumi.dr.yaml",
            error.ToString());
    }

    [Fact]
    public async Task Realize_DrRecovering_PromotesItsDatabaseInPlace()
    {
        // The file CI would run with after the role change: dr's stack file, role recovering, merged over the layer.
        using var project = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Root, "platform.yaml"), Path.Combine(project.Path, "platform.yaml"));
        File.WriteAllText(Path.Combine(project.Path, "Pulumi.dr.yaml"), File.ReadAllText(Path.Combine(RepoPaths.Root, "Pulumi.dr.yaml")).Replace("    role: standby\n", "    role: recovering\n", StringComparison.Ordinal));
        var merged = ResearchPlatform.Stacks.Config.MergedStackFile.Build(project.Path, "dr");

        var (plan, mocks) = await PulumiRun.StackTextAsync(merged);

        var cluster = (string)mocks.Inputs("postgres-cluster")["yaml"];
        Assert.Contains("primary: south", cluster);
        Assert.Contains("recovery:\n      source: north", cluster);
        Assert.Equal((true, true), (plan.Resources["postgres-cluster"].Options.Protect, plan.Resources["postgres-cluster"].Options.RetainOnDelete));

        // The volume mirrors are promoted, and the real provider is told to wait for it; the hub
        // and the object store start after their claims are back.
        var homes = (string)mocks.Inputs("mirror-homes-researcher")["yaml"];
        Assert.Contains("desiredState: Promoted", homes);
        Assert.Contains("pulumi.com/waitFor: jsonpath={.status.state}=Promoted", homes);
        Assert.Contains(plan.Resources["mirror-homes-researcher"].Resource, plan.Resources["jupyterhub"].DependsOn);
        Assert.Contains(plan.Resources["mirror-objectstorage"].Resource, plan.Resources["seaweedfs"].DependsOn);

        // Student homes: the activated SVM-DR destination gets its backend now, and the hub may read
        // its UUID to import each recorded qtree, before the hub starts.
        Assert.Contains("svm: svm_dsp_students_south", (string)mocks.Inputs("backend-students-ontap-nas-economy")["yaml"]);
        var access = (string)mocks.Inputs("jupyterhub-home-backends-access-trident")["yaml"];
        Assert.Contains("- students-ontap-nas-economy", access);
        Assert.Contains(plan.Resources["jupyterhub-home-backends-access-trident"].Resource, plan.Resources["jupyterhub"].DependsOn);
    }

    [Fact]
    public async Task Realize_DrStandby_MirrorsTheVolumesAndRunsNoneOfTheirOwners()
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync("dr");

        var homes = (string)mocks.Inputs("mirror-homes-researcher")["yaml"];
        Assert.Contains("desiredState: Established", homes);
        Assert.Contains("sourceApplicationUID: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e5f", homes);
        Assert.DoesNotContain("pulumi.com/waitFor", homes);
        Assert.True(plan.Resources.ContainsKey("vault-north"));
        Assert.False(plan.Resources.ContainsKey("jupyterhub"));
        Assert.False(plan.Resources.ContainsKey("seaweedfs"));

        // The student homes' SVM-DR destination is stopped: a backend on it would be offline.
        Assert.False(plan.Resources.ContainsKey("backend-students-ontap-nas-economy"));
    }

    [Fact]
    public async Task Realize_Prod_ProtectsItsClaimSetsAndExportsThemForTheOtherSite()
    {
        var (plan, _, outputs, mocks) = await PulumiRun.StackAsync("prod");

        var homes = (string)mocks.Inputs("protect-homes-researcher")["yaml"];
        Assert.Contains("- research-platform/tier=researcher", homes);
        Assert.Contains("kind: Schedule", homes);
        Assert.Equal((true, true), (plan.Resources["protect-homes-researcher"].Options.Protect, plan.Resources["protect-homes-researcher"].Options.RetainOnDelete));
        Assert.Contains("protectedApplications", outputs.Keys);
    }

    [Theory]
    [InlineData("prod", "primary: north", false)]
    [InlineData("dr", "primary: north", true)]
    public async Task Realize_EachSite_CreatesItsDatabaseInItsRoleInTheTopology(string stack, string primary, bool fromPeer)
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync(stack);

        // The merged file's config, through the real SDK: prod the primary, dr the replica cluster of prod's backups.
        var cluster = (string)mocks.Inputs("postgres-cluster")["yaml"];
        Assert.Contains(primary, cluster);
        Assert.Equal(fromPeer, cluster.Contains("recovery:\n      source: north", StringComparison.Ordinal));
        Assert.Equal((true, true), (plan.Resources["postgres-cluster"].Options.Protect, plan.Resources["postgres-cluster"].Options.RetainOnDelete));
    }

    [Fact]
    public async Task Realize_ProdStack_ParentsEveryResourceToItsComponent()
    {
        var (plan, _, _, _) = await PulumiRun.StackAsync("prod");

        Assert.Same(plan.Components["cluster"], plan.Components["control-plane"].ParentComponent);
        Assert.Null(plan.Components["cluster"].ParentComponent);
        Assert.Same(plan.Components["pool-highmem"], plan.Resources["highmem-2"].Options.Parent);
        Assert.Same(plan.Components["cluster-pki"], plan.Resources["cluster-ca-key"].Options.Parent);
        Assert.All(plan.Resources.Values, r => Assert.NotNull(r.Options.Parent));
    }

    [Fact]
    public async Task Realize_ProdStack_ProtectsAndKeepsWhatThePlanGuards()
    {
        var (plan, _, _, _) = await PulumiRun.StackAsync("prod");

        Assert.All(plan.Resources.Values, r =>
        {
            Assert.Equal(r.Plan.Options.Protect, r.Options.Protect == true);
            Assert.Equal(r.Plan.Options.RetainOnDelete, r.Options.RetainOnDelete == true);
        });
        Assert.Contains("namespace-jupyterhub", plan.Resources.Values.Where(r => r.Options.Protect == true).Select(r => r.Plan.Name));
        Assert.Contains("cp-1", plan.Resources.Values.Where(r => r.Options.Protect == true).Select(r => r.Plan.Name));
        var worker = (CustomResourceOptions)plan.Resources["general-1"].Options;
        Assert.True(worker.DeleteBeforeReplace);
        Assert.Equal(["extraConfig"], worker.IgnoreChanges);
    }

    [Fact]
    public async Task Realize_ProtectedConfigGroups_HandProtectAndRetainToEveryObject()
    {
        var (plan, _, _, _) = await PulumiRun.StackAsync("prod");

        // The engine does not pass a component's options to its children: the transform does.
        var guarded = plan.Resources.Values.Where(r => r.Plan.Kind == ResourceKind.KubernetesManifest && r.Plan.Options.Protect).ToList();
        Assert.Contains(guarded, r => r.Plan.Name == "namespace-jupyterhub");
        Assert.All(guarded, r => Assert.Single(r.Options.ResourceTransforms));
        Assert.Empty(plan.Resources["namespace-research-platform-system"].Options.ResourceTransforms);
        var child = await plan.Resources["share-chemistry"].Options.ResourceTransforms[0](
            new ResourceTransformArgs("jupyterhub/share-chemistry", "kubernetes:core/v1:PersistentVolumeClaim", true, ImmutableDictionary<string, object?>.Empty, new CustomResourceOptions()));
        Assert.True(child!.Value.Options.Protect);
        Assert.True(child.Value.Options.RetainOnDelete);
    }

    [Fact]
    public async Task Realize_ExternalObjectStorage_DeploysNoServerAndHandsNotebooksTheSitesKeys()
    {
        var (realized, mocks) = await PulumiRun.StackTextAsync(ResearchPlatform.Tests.Support.ObjectStorageStacks.External);

        Assert.Empty(realized.Components["objectstorage"].Resources);
        Assert.DoesNotContain("seaweedfs", mocks.Registered.Keys);
        Assert.Equal("https://objects.test.other", realized.Components["objectstorage"] is ResearchPlatform.Infra.Components.ObjectStorage store ? store.Handle.Endpoint : null);
        Assert.Contains("jupyterhub-notebook-data-student-secret", realized.Resources.Keys);
        Assert.Contains("namespace-jupyterhub", realized.Resources.Keys);
    }

    [Fact]
    public async Task Realize_ProdStack_RealizesExactlyTheComposedPlan()
    {
        var (realized, _, _, mocks) = await PulumiRun.StackAsync("prod");
        var plan = ResearchPlatform.Stacks.Composition.PlatformComposer.Compose(ResearchPlatform.Stacks.Config.StackLoader.Load(ResearchPlatform.Tests.Support.RepoPaths.Root, "prod"));

        Assert.Equal(plan.Resources.Select(r => r.Name).Order(StringComparer.Ordinal), realized.Resources.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(plan.Components.Select(c => (c.Name, c.Type)).OrderBy(c => c.Name, StringComparer.Ordinal), realized.Components.Values.Select(c => (c.GetResourceName(), c.GetResourceType())).OrderBy(c => c.Item1, StringComparer.Ordinal));
        var rebuilt = new PlatformPlan(plan.Project, plan.Stack, plan.Components.Select(c => realized.Components[c.Name].Part!).ToList(), plan.Outputs);
        Assert.Equal(PlanJson.Serialize(plan), PlanJson.Serialize(rebuilt));
        Assert.All(plan.Components.Where(c => c.Parent is not null), c => Assert.Same(realized.Components[c.Parent!], realized.Components[c.Name].ParentComponent));
    }

    [Fact]
    public async Task Realize_ProdStack_WaitsForTheFirstControlPlaneNode()
    {
        var (plan, _, _, _) = await PulumiRun.StackAsync("prod");

        Assert.Contains(plan.Resources["cp-1"].Resource, plan.Resources["cp-2"].DependsOn);
        Assert.Same(plan.Resources["kubernetes"].Resource, ((CustomResourceOptions)plan.Resources["cilium"].Options).Provider);
    }

    [Fact]
    public async Task Realize_ProdStack_KeepsTheKubeconfigOutputSecret()
    {
        var (_, _, outputs, _) = await PulumiRun.StackAsync("prod");

        var kubeconfig = (Output<object?>)outputs["kubeconfig"]!;
        var apiServer = (Output<object?>)outputs["apiServer"]!;
        Assert.True(await Output.IsSecretAsync(kubeconfig));
        Assert.False(await Output.IsSecretAsync(apiServer));
        Assert.Equal("https://10.41.20.10:6443", await PulumiRun.ValueAsync(apiServer));
        Assert.Equal("10.41.20.10", await PulumiRun.ValueAsync((Output<object?>)outputs["apiVip"]!));
        Assert.Equal("https://hub.dsp.uni-example.edu", await PulumiRun.ValueAsync((Output<object?>)outputs["hubUrl"]!));
        Assert.Contains(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(PlatformMocks.MockPrivateKey)), (string)(await PulumiRun.ValueAsync(kubeconfig))!);
    }
}
