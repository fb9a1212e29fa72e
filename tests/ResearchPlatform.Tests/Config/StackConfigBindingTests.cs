using System.Net;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Config;

public class StackConfigBindingTests
{
    [Fact]
    public void Bind_ProdStack_ReadsEverySection()
    {
        var config = TestStacks.Load("prod").Config;

        Assert.Equal("north", config.Site.Name);
        Assert.Equal(IPNetwork.Parse("10.41.20.0/24"), config.Site.Network.Subnet);
        Assert.Equal([IPAddress.Parse("10.41.0.53"), IPAddress.Parse("10.41.0.54")], config.Site.Network.DnsServers);
        Assert.Equal("DC-North", config.Vsphere.Datacenter);
        Assert.Equal("research-platform", config.Vsphere.ResourcePool);
        Assert.Equal("dsp-prod", config.Cluster.Name);
        Assert.Equal(IPAddress.Parse("10.41.20.10"), config.Cluster.ApiVip);
        Assert.Equal(["general", "highmem", "gpu"], config.Cluster.WorkerPools.Select(p => p.Name));
        Assert.Equal("grid_a100-40c", config.Cluster.WorkerPools[2].Gpu?.Profile);
        Assert.Equal("ubuntu-24.04-cloudimg-2026.10-vgpu-a100-40c", config.Cluster.WorkerPools[2].Gpu?.Template);
        Assert.Equal("high", config.Cluster.WorkerPools[1].Labels["research-platform/memory"]);
    }

    [Fact]
    public void Bind_OmittedKeys_TakeTheDocumentedDefaults()
    {
        var config = TestStacks.FromText(TestStacks.Minimal).Config;

        Assert.Equal("1.35.6", config.Cluster.KubernetesVersion);
        Assert.Equal(IPNetwork.Parse("10.244.0.0/16"), config.Cluster.PodSubnet);
        Assert.Equal(IPNetwork.Parse("10.96.0.0/12"), config.Cluster.ServiceSubnet);
        Assert.Equal(3, config.Cluster.ControlPlane.Count);
        Assert.Equal(4, config.Cluster.ControlPlane.Cpu);
        Assert.Equal(16, config.Cluster.ControlPlane.MemoryGiB);
        Assert.Equal(80, config.Cluster.ControlPlane.DiskGiB);
        Assert.Equal(120, config.Cluster.WorkerPools[0].DiskGiB);
        Assert.Null(config.Cluster.WorkerPools[0].Gpu);
        Assert.Equal("Etc/UTC", config.Site.Timezone);
        Assert.Equal("ens192", config.Vsphere.GuestInterface);
        Assert.True(config.Vsphere.ThinProvisioned);
        Assert.Null(config.Vsphere.ResourcePool);
        Assert.Empty(config.Cluster.SshAuthorizedKeys);
    }

    [Fact]
    public void Bind_MisspeltKey_SuggestsTheKnownKey()
    {
        var errors = TestStacks.Errors(TestStacks.MinimalWith("    firstIp: 10.0.0.11", "    firstIP: 10.0.0.11"));

        Assert.Equal(
        [
            "research-platform:cluster.controlPlane.firstIP: unknown key; did you mean 'firstIp'?",
            "research-platform:cluster.controlPlane.firstIp: is required",
        ], errors);
    }

    [Fact]
    public void Bind_UnknownKeyFarFromAny_ListsTheKnownKeys()
    {
        var errors = TestStacks.Errors(TestStacks.MinimalWith("    template: ubuntu-template", "    template: ubuntu-template\n    colour: blue"));

        Assert.Equal(
            ["research-platform:vsphere.colour: unknown key; known keys here: datacenter, computeCluster, resourcePool, datastore, folder, portGroup, template, guestInterface, tags, thinProvisioned"],
            errors);
    }

    [Fact]
    public void Bind_MisspeltSection_SuggestsTheSection()
    {
        var errors = TestStacks.Errors(TestStacks.Minimal.Replace("research-platform:vsphere:", "research-platform:vshpere:"));

        Assert.Equal(
        [
            "research-platform:vshpere: unknown key; did you mean 'vsphere'?",
            "research-platform:vsphere: is required: add 'research-platform:vsphere' to Pulumi.test.yaml",
        ], errors);
    }

    [Theory]
    [InlineData("        count: 2", "        count: two", "research-platform:cluster.workerPools[0].count: must be a whole number (got 'two')")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0", "research-platform:cluster.apiVip: must be an IPv4 address such as 10.0.0.10 (got '10.0.0')")]
    [InlineData("      subnet: 10.0.0.0/24", "      subnet: 10.0.0.5/24", "research-platform:site.network.subnet: has host bits set: the network is 10.0.0.0/24 (got '10.0.0.5/24')")]
    [InlineData("      subnet: 10.0.0.0/24", "      subnet: ten", "research-platform:site.network.subnet: must be an IPv4 network in CIDR form such as 10.0.0.0/24 (got 'ten')")]
    [InlineData("    template: ubuntu-template", "    template: ubuntu-template\n    thinProvisioned: yes", "research-platform:vsphere.thinProvisioned: must be true or false (got 'yes')")]
    [InlineData("      dnsServers: [10.0.0.53]", "      dnsServers: 10.0.0.53", "research-platform:site.network.dnsServers: must be a list, not '10.0.0.53'")]
    [InlineData("    controlPlane:\n      firstIp: 10.0.0.11", "    controlPlane: 3", "research-platform:cluster.controlPlane: must be a mapping of keys to values, not '3'")]
    [InlineData("    name: test", "    name: [a, b]", "research-platform:site.name: must be a single value, not a list")]
    public void Bind_WrongShapeOrType_NamesPathValueAndRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Bind_SecretWherePlainTextBelongs_IsAnError()
    {
        var errors = TestStacks.Errors(TestStacks.MinimalWith("    datastore: DS", "    datastore:\n      secure: v1:AAAA:BBBB"));

        Assert.Equal(["research-platform:vsphere.datastore: is a secret here but holds no credential: store it as plain text"], errors);
    }

    [Fact]
    public void Bind_FiveMistakesInFourSections_ReportsFiveErrorsInOneRun()
    {
        Assert.Equal(
        [
            "vsphere:password: must be a secret, so that it is stored encrypted (pulumi config set -s test --secret vsphere:password <value>)",
            "research-platform:vsphere.datacenter: is required",
            "research-platform:site.name: must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got 'Test_Site')",
            "research-platform:cluster.controlPlane.count: must be an odd number >= 3 (got 4)",
            "research-platform:cluster.apiVip: 10.9.9.9 is outside the site subnet 10.0.0.0/24 (research-platform:site.network.subnet); kube-vip can only announce an address of the node network",
        ], TestStacks.Errors(TestStacks.FiveMistakes));
    }
}
