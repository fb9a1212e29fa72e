using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Validation;

/// <summary>Every config rule, one mistake at a time, with the exact message an operator reads.</summary>
public class ConfigRuleTests
{
    [Theory]
    [InlineData("      firstIp: 10.0.0.11", "      count: 2\n      firstIp: 10.0.0.11", "research-platform:cluster.controlPlane.count: must be an odd number >= 3 (got 2)")]
    [InlineData("      firstIp: 10.0.0.11", "      count: 1\n      firstIp: 10.0.0.11", "research-platform:cluster.controlPlane.count: must be an odd number >= 3 (got 1)")]
    [InlineData("      firstIp: 10.0.0.11", "      cpu: 1\n      firstIp: 10.0.0.11", "research-platform:cluster.controlPlane.cpu: must be at least 2, as kubeadm requires (got 1)")]
    [InlineData("        memoryGiB: 32", "        memoryGiB: 2", "research-platform:cluster.workerPools[0].memoryGiB: must be at least 4 (got 2)")]
    [InlineData("        memoryGiB: 32", "        memoryGiB: 32\n        diskGiB: 20", "research-platform:cluster.workerPools[0].diskGiB: must be at least 40, for images and logs (got 20)")]
    [InlineData("        count: 2", "        count: 0", "research-platform:cluster.workerPools: must hold at least one worker node in all")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.10\n    kubernetesVersion: 1.35", "research-platform:cluster.kubernetesVersion: must be an exact version such as 1.34.2 (got '1.35')")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.10\n    kubernetesVersion: 1.30.4", "research-platform:cluster.kubernetesVersion: must be 1.31 or later (got '1.30.4')")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.10\n    sshAuthorizedKeys: [\"AAAAC3Nza ops@example\"]", "research-platform:cluster.sshAuthorizedKeys[0]: must be an OpenSSH public key line (ssh-ed25519, ecdsa-sha2-nistp256 or ssh-rsa, then the key)")]
    public void Validate_ClusterShape_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Theory]
    [InlineData("    name: test", "    name: Test", "research-platform:site.name: must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got 'Test')")]
    [InlineData("    domain: dc.test.example", "    domain: dc..example", "research-platform:site.domain: must be a DNS name such as dsp.uni.example (got 'dc..example')")]
    [InlineData("    name: t\n", "    name: t-\n", "research-platform:cluster.name: must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got 't-')")]
    [InlineData("      - name: general", "      - name: cp", "research-platform:cluster.workerPools[0].name: 'cp' is reserved for the control-plane nodes; choose another pool name")]
    [InlineData("    name: t\n", "    name: a-very-long-cluster-name-that-keeps-going-and-going-on\n", "research-platform:cluster.name: makes node names longer than 63 characters ('a-very-long-cluster-name-that-keeps-going-and-going-on-general-1'); shorten the cluster or pool names")]
    public void Validate_Names_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_DuplicatePoolName_NamesTheFirstPool()
    {
        var text = TestStacks.MinimalWith(
            "        firstIp: 10.0.0.21",
            "        firstIp: 10.0.0.21\n      - name: general\n        count: 1\n        cpu: 8\n        memoryGiB: 32\n        firstIp: 10.0.0.31");

        Assert.Equal(["research-platform:cluster.workerPools[1].name: 'general' is already the name of research-platform:cluster.workerPools[0]; pool names must be unique"], TestStacks.Errors(text));
    }

    [Theory]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.1.0.10", "research-platform:cluster.apiVip: 10.1.0.10 is outside the site subnet 10.0.0.0/24 (research-platform:site.network.subnet); kube-vip can only announce an address of the node network")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.12", "research-platform:cluster.apiVip: 10.0.0.12 is the address of node t-cp-2; the VIP must be an address no node has")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.1", "research-platform:cluster.apiVip: 10.0.0.1 is the gateway's address; choose a free address of the subnet")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.255", "research-platform:cluster.apiVip: 10.0.0.255 is outside the site subnet 10.0.0.0/24 (research-platform:site.network.subnet); kube-vip can only announce an address of the node network")]
    [InlineData("      gateway: 10.0.0.1", "      gateway: 10.0.1.1", "research-platform:site.network.gateway: 10.0.1.1 is not a host address of the site subnet 10.0.0.0/24 (research-platform:site.network.subnet)")]
    [InlineData("        firstIp: 10.0.0.21", "        firstIp: 10.0.0.254", "research-platform:cluster.workerPools[0].firstIp: the pool's addresses 10.0.0.254-10.0.0.255 leave the site subnet 10.0.0.0/24 (research-platform:site.network.subnet)")]
    [InlineData("        firstIp: 10.0.0.21", "        firstIp: 10.0.0.12", "research-platform:cluster.workerPools[0].firstIp: the pool's addresses 10.0.0.12-10.0.0.13 overlap those of research-platform:cluster.controlPlane (10.0.0.11-10.0.0.13)")]
    [InlineData("      firstIp: 10.0.0.11", "      firstIp: 10.0.0.0", "research-platform:cluster.controlPlane.firstIp: the pool's addresses 10.0.0.0-10.0.0.2 leave the site subnet 10.0.0.0/24 (research-platform:site.network.subnet)")]
    [InlineData("      gateway: 10.0.0.1", "      gateway: 10.0.0.22", "research-platform:cluster.workerPools[0].firstIp: the pool's addresses 10.0.0.21-10.0.0.22 include the gateway 10.0.0.22")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.10\n    podSubnet: 10.0.0.0/16", "research-platform:cluster.podSubnet: 10.0.0.0/16 overlaps the site subnet 10.0.0.0/24 (research-platform:site.network.subnet)")]
    [InlineData("    apiVip: 10.0.0.10", "    apiVip: 10.0.0.10\n    serviceSubnet: 10.244.128.0/20", "research-platform:cluster.serviceSubnet: 10.244.128.0/20 overlaps the pod subnet 10.244.0.0/16")]
    [InlineData("      dnsServers: [10.0.0.53]", "      dnsServers: []", "research-platform:site.network.dnsServers: must list at least one DNS server")]
    [InlineData("      ntpServers: [ntp.test.example]", "      ntpServers: []", "research-platform:site.network.ntpServers: must list at least one NTP server: etcd and certificates need agreeing clocks")]
    public void Validate_Addresses_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_SingleAddressPool_SaysAddressNotRange()
    {
        var text = TestStacks.MinimalWith("        count: 2", "        count: 1").Replace("        firstIp: 10.0.0.21", "        firstIp: 10.0.0.13");

        Assert.Equal(["research-platform:cluster.workerPools[0].firstIp: the pool's address 10.0.0.13 overlaps those of research-platform:cluster.controlPlane (10.0.0.11-10.0.0.13)"], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_MinimalStack_IsValid()
    {
        var stack = TestStacks.FromText(TestStacks.Minimal);

        Assert.Equal("test", stack.Name);
    }
}
