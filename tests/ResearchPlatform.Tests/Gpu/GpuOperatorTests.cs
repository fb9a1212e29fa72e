using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Gpu;

/// <summary>GPU pools get what makes a profile with gpus schedulable: the operator, its licence, reserved memory.</summary>
public class GpuOperatorTests
{
    private const string GpuPool =
        "      - name: gpu\n        count: 1\n        cpu: 8\n        memoryGiB: 64\n        firstIp: 10.0.0.31\n" +
        "        gpu:\n          template: ubuntu-vgpu\n          profile: grid_a100-20c\n";

    private const string Operator =
        "    gpuOperator:\n      driverRepository: registry.test.example/nvidia\n      driverVersion: 580.95.05\n" +
        "      licenseServer: 10.0.2.20/32\n      licenseToken:\n        secure: v1:GGGGGGGGGGGGGGGG:HHHHHHHHHHHHHHHHHHHHHHHH\n";

    [Fact]
    public void Render_ProdStack_InstallsTheOperatorWithTheSiteDriverAndLicence()
    {
        var release = TestStacks.Plan("prod").Resources.Single(r => r.Name == "gpu-operator");
        var values = ((HelmReleaseSpec)release.Spec).Values;
        var tree = Components.Plan.Values.PlanValueResolver.Symbolic.Resolve(values)!;
        var yaml = Components.Plan.PlanYaml.Serialize(tree);

        Assert.Equal("v26.7.0", ((HelmReleaseSpec)release.Spec).Chart.Version);
        Assert.Equal("https://helm.ngc.nvidia.com/nvidia", ((HelmReleaseSpec)release.Spec).Chart.Repository);
        Assert.Contains("driver:\n  enabled: true\n  repository: registry.uni-example.edu/nvidia\n  image: vgpu-guest-driver\n  version: 580.95.05\n  licensingConfig:\n    secretName: licensing-config\n    nlsEnabled: true\n", yaml);
        Assert.Contains("node-feature-discovery:\n  worker:\n    nodeSelector:\n      research-platform/gpu: \"true\"\n", yaml);
    }

    [Fact]
    public void Render_ProdStack_TheLicenceTokenIsASecretReference()
    {
        var secret = (KubernetesSecretSpec)TestStacks.Plan("prod").Resources.Single(r => r.Name == "gpu-operator-licensing").Spec;

        Assert.Equal("licensing-config", secret.SecretName);
        Assert.Equal("gpu-operator", secret.Namespace);
        Assert.Equal(
            "${secret:config:research-platform:cluster.gpuOperator.licenseToken}",
            Components.Plan.Values.PlanValueResolver.Symbolic.ResolveText(secret.StringData.Single(e => e.Key == "client_configuration_token.tok").Value));
    }

    [Fact]
    public void Plan_GpuNodes_ReserveAllTheirMemoryAndOthersNone()
    {
        var vms = TestStacks.Plan("prod").Resources.Select(r => r.Spec).OfType<VirtualMachineSpec>().ToList();

        Assert.All(vms.Where(v => v.VmName.Contains("-gpu-", StringComparison.Ordinal)), v => Assert.True(v.ReserveAllMemory));
        Assert.All(vms.Where(v => !v.VmName.Contains("-gpu-", StringComparison.Ordinal)), v => Assert.False(v.ReserveAllMemory));
        Assert.Contains("  memoryReservationMiB: 131072\n", File.ReadAllText(Path.Combine(RepoPaths.Golden("prod"), "components", "pool-gpu", "gpu-1.yaml")));
        Assert.DoesNotContain("memoryReservationMiB", File.ReadAllText(Path.Combine(RepoPaths.Golden("prod"), "components", "pool-general", "general-1.yaml")));
    }

    [Fact]
    public void Render_GpuNamespace_LetsOnlyTheDriverReachTheLicenceServer()
    {
        var policy = File.ReadAllText(Path.Combine(RepoPaths.Golden("prod"), "components", "namespaces", "namespace-gpu-operator.manifest.yaml"));

        Assert.Contains("pod-security.kubernetes.io/enforce: privileged", policy);
        Assert.Contains("  name: default-deny\n", policy);
        Assert.Contains("  name: allow-nvidia-license-system\n", policy);
        Assert.Contains("cidr: 10.41.40.20/32", policy);
        Assert.Contains("port: 443", policy);
        Assert.Contains("nvidia-driver-daemonset", policy);
    }

    [Fact]
    public void Plan_DrStack_WithoutGpuPools_HasNoOperator()
    {
        var plan = TestStacks.Plan("dr");

        Assert.DoesNotContain(plan.Components, c => c.Name == "gpu-operator");
        Assert.DoesNotContain(plan.Resources, r => r.Name == "namespace-gpu-operator");
    }

    [Fact]
    public void Validate_GpuPoolWithoutOperator_SaysWhatToAdd()
    {
        var text = TestStacks.MinimalWith("        firstIp: 10.0.0.21\n", "        firstIp: 10.0.0.21\n" + GpuPool);

        Assert.Equal(
            ["research-platform:cluster.gpuOperator: is required because worker pool 'gpu' has GPUs: without the GPU Operator no vGPU driver or device plugin runs and no profile with gpus can start; add driverRepository, driverVersion, licenseServer and licenseToken"],
            TestStacks.Errors(text));
    }

    [Theory]
    [InlineData("driverRepository: registry.test.example/nvidia", "driverRepository: https://registry.test.example/nvidia", "research-platform:cluster.gpuOperator.driverRepository: must be a registry path without scheme or tag, such as registry.uni-example.edu/nvidia (got 'https://registry.test.example/nvidia')")]
    [InlineData("driverVersion: 580.95.05", "driverVersion: latest", "research-platform:cluster.gpuOperator.driverVersion: must be the vGPU guest driver version of the hosts' vGPU Manager branch, such as 580.95.05 (got 'latest')")]
    [InlineData("licenseServer: 10.0.2.20/32", "licenseServer: 0.0.0.0/0", "research-platform:cluster.gpuOperator.licenseServer: must be the licence server's address or network, such as 10.41.40.20/32; the driver pods may reach nothing else (got '0.0.0.0/0')")]
    [InlineData("driverVersion: 580.95.05", "driverVersion: 580.95.05\n      driverImage: nvcr.io/nvaie/vgpu-guest-driver", "research-platform:cluster.gpuOperator.driverImage: must be an image name without registry or tag, such as vgpu-guest-driver (got 'nvcr.io/nvaie/vgpu-guest-driver')")]
    public void Validate_GpuOperator_ReportsTheRule(string oldText, string newText, string expected)
    {
        var text = TestStacks.MinimalWith("        firstIp: 10.0.0.21\n", "        firstIp: 10.0.0.21\n" + GpuPool + Operator.Replace(oldText, newText, StringComparison.Ordinal));

        Assert.Equal([expected], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_GpuPoolWithOperator_IsValid()
    {
        var text = TestStacks.MinimalWith("        firstIp: 10.0.0.21\n", "        firstIp: 10.0.0.21\n" + GpuPool + Operator);

        _ = TestStacks.FromText(text); // valid: loading throws on any config error
        Assert.Contains(Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(text)).Components, c => c.Name == "gpu-operator");
    }
}
