using ResearchPlatform.Components.Compute;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Compute;

public class NodeComponentTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");

    private static PlanResource Resource(string name) => Prod.Resources.Single(r => r.Name == name);

    [Fact]
    public void Compose_Pools_SizeEachVmFromItsPool()
    {
        var highmem = (VirtualMachineSpec)Resource("highmem-1").Spec;
        var cp = (VirtualMachineSpec)Resource("cp-3").Spec;

        Assert.Equal((16, 256 * 1024, 200), (highmem.NumCpus, highmem.MemoryMiB, highmem.Disks.Single().SizeGiB));
        Assert.Equal((4, 16 * 1024, 80), (cp.NumCpus, cp.MemoryMiB, cp.Disks.Single().SizeGiB));
        Assert.Equal("10.41.20.13", cp.Ipv4Address);
        Assert.Equal(["general-1", "general-2", "general-3", "general-4"], Prod.Components.Single(c => c.Name == "pool-general").Resources.Select(r => r.Name));
    }

    [Fact]
    public void Compose_ControlPlane_IsProtectedAndReplacedOldFirst()
    {
        var options = Resource("cp-2").Options;
        var worker = Resource("gpu-2").Options;

        Assert.True(options.Protect);
        Assert.True(options.DeleteBeforeReplace);
        Assert.Equal(["extraConfig"], options.IgnoreChanges);
        Assert.False(worker.Protect);
        Assert.True(worker.DeleteBeforeReplace);
        Assert.Equal(["cp-1"], Resource("cp-2").DependsOn);
        Assert.Equal(["cp-1"], Resource("gpu-2").DependsOn);
    }

    [Fact]
    public void Compose_OnlyTheFirstNode_WaitsForTheApiVip()
    {
        var first = (VirtualMachineSpec)Resource("cp-1").Spec;
        var second = (VirtualMachineSpec)Resource("cp-2").Spec;

        Assert.Equal(NodeVirtualMachine.ApiWaitMinutes, first.GuestNetWaitMinutes);
        Assert.Equal(["10.41.20.11/32", "::/0"], first.IgnoredGuestIps);
        Assert.Equal(5, second.GuestNetWaitMinutes);
        Assert.Empty(second.IgnoredGuestIps);
        Assert.Contains("cp-1", Resource("kubernetes").Dependencies());
    }

    [Fact]
    public void ControlPlane_EvenNodeCount_ThrowsNamingTheCluster()
    {
        var args = new NodePoolArgs
        {
            PoolName = "cp",
            Settings = ClusterSettingsFactory.Settings(TestStacks.Load("prod").Config),
            Pki = Components.Cluster.ClusterPki.Build(new() { ClusterName = "dsp-prod" }),
            Nodes = [Node("cp-1", NodeRole.InitControlPlane), Node("cp-2", NodeRole.JoinControlPlane)],
        };

        var e = Assert.Throws<ArgumentException>(() => ControlPlane.Build(args));

        Assert.StartsWith("control plane of dsp-prod: needs an odd number >= 3 of nodes (got 2)", e.Message);
    }

    [Fact]
    public void NodeVirtualMachine_UndersizedNode_ThrowsNamingNodeValueAndRule()
    {
        var settings = ClusterSettingsFactory.Settings(TestStacks.Load("prod").Config);
        var pki = Components.Cluster.ClusterPki.Build(new() { ClusterName = "dsp-prod" });

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NodeVirtualMachine.Build(settings, Node("w-1", NodeRole.Worker) with { Cpu = 1 }, pki, protect: false));

        Assert.StartsWith("node dsp-prod-w-1 cpu ('1') must be greater than or equal to '2'.", e.Message);
    }

    private static NodeArgs Node(string name, NodeRole role) => new()
    {
        Name = $"dsp-prod-{name}",
        ResourceName = name,
        Role = role,
        Address = "10.41.20.99",
        Cpu = 4,
        MemoryGiB = 16,
        DiskGiB = 80,
    };
}
