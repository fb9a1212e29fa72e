using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Infra.Tests.Support;

namespace ResearchPlatform.Infra.Tests;

/// <summary>The whole prod and dr stacks under Deployment.TestAsync with strict mocks.</summary>
public class StackRealizationTests
{
    [Fact]
    public async Task Realize_ProdStack_CreatesEachComponentsResourcesByType()
    {
        var (plan, _, _, mocks) = await PulumiRun.StackAsync("prod");

        string Counts(string component) => string.Join(", ", plan.Resources.Values
            .Where(r => r.Options.Parent == plan.Components[component])
            .GroupBy(r => mocks.Registered[r.Plan.Name].Type)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} x{g.Count()}"));

        Assert.Equal(
            "random:index/randomBytes:RandomBytes x1, random:index/randomPassword:RandomPassword x2, tls:index/certRequest:CertRequest x1, " +
            "tls:index/locallySignedCert:LocallySignedCert x1, tls:index/privateKey:PrivateKey x2, tls:index/selfSignedCert:SelfSignedCert x1",
            Counts("cluster-pki"));
        Assert.Equal("vsphere:index/virtualMachine:VirtualMachine x3", Counts("control-plane"));
        Assert.Equal("vsphere:index/virtualMachine:VirtualMachine x4", Counts("pool-general"));
        Assert.Equal("vsphere:index/virtualMachine:VirtualMachine x2", Counts("pool-gpu"));
        Assert.Equal("pulumi:providers:kubernetes x1", Counts("cluster-access"));
        Assert.Equal("kubernetes:helm.sh/v3:Release x1", Counts("cluster-network"));
        Assert.Equal("kubernetes:yaml/v2:ConfigGroup x3", Counts("namespaces"));
        Assert.Equal("kubernetes:helm.sh/v3:Release x1, kubernetes:yaml/v2:ConfigGroup x1", Counts("trident"));
        Assert.Equal("kubernetes:core/v1:Secret x1, kubernetes:yaml/v2:ConfigGroup x2", Counts("trident-backends"));
        Assert.Equal("kubernetes:helm.sh/v3:Release x1, kubernetes:yaml/v2:ConfigGroup x3", Counts("storage-classes"));
        Assert.Equal("kubernetes:core/v1:Secret x2, kubernetes:helm.sh/v3:Release x1, kubernetes:yaml/v2:ConfigGroup x2", Counts("department-drives"));
        Assert.Same(plan.Components["storage"], plan.Components["trident"].ParentComponent);
        Assert.Equal("kubernetes:helm.sh/v3:Release x1, random:index/randomBytes:RandomBytes x2", Counts("jupyterhub"));
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
