using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Checkmk;

/// <summary>Every checkmk rule, one mistake at a time, with its exact message.</summary>
public class CheckmkRuleTests
{
    [Fact]
    public void Validate_MinimalCheckmk_IsAccepted()
    {
        _ = TestStacks.FromText(CheckmkStacks.Minimal); // valid: loading throws on any config error
    }

    [Theory]
    [InlineData("collectorAddress: 10.0.0.102", "collectorAddress: 10.1.0.102", "research-platform:checkmk.collectorAddress: 10.1.0.102 is not a host address of the site subnet 10.0.0.0/24 (research-platform:site.network.subnet): kube-vip announces the collector on the node network")]
    [InlineData("collectorAddress: 10.0.0.102", "collectorAddress: 10.0.0.10", "research-platform:checkmk.collectorAddress: 10.0.0.10 is the API VIP (research-platform:cluster.apiVip); choose another free address")]
    [InlineData("collectorAddress: 10.0.0.102", "collectorAddress: 10.0.0.100", "research-platform:checkmk.collectorAddress: 10.0.0.100 is the entry address (research-platform:entry.address); the collector needs an address of its own")]
    [InlineData("server: 10.40.5.20", "server: 0.0.0.0", "research-platform:checkmk.server: must be the IPv4 address of the site's Checkmk server, such as 10.40.5.20 (got 0.0.0.0): it is the only address the collector lets in")]
    [InlineData("server: 10.40.5.20", "server: 127.0.0.1", "research-platform:checkmk.server: must be the IPv4 address of the site's Checkmk server, such as 10.40.5.20 (got 127.0.0.1): it is the only address the collector lets in")]
    [InlineData("server: 10.40.5.20", "server: 10.244.1.5", "research-platform:checkmk.server: 10.244.1.5 lies in the cluster's pod or service network; give the Checkmk server's address on the data center network")]
    [InlineData("server: 10.40.5.20", "server: 10.0.0.102", "research-platform:checkmk.server: 10.0.0.102 is the collector's own address; give the Checkmk server's")]
    public void Validate_Checkmk_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(CheckmkStacks.With(oldText, newText)));
    }

    [Fact]
    public void Validate_MalformedServerAddress_NamesTheKey()
    {
        var errors = TestStacks.Errors(CheckmkStacks.With("server: 10.40.5.20", "server: checkmk"));

        Assert.Equal(["research-platform:checkmk.server: must be an IPv4 address such as 10.0.0.10 (got 'checkmk')"], errors);
    }
}
