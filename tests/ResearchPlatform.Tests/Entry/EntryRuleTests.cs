using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Entry;

/// <summary>Every entry rule, one mistake at a time, with its exact message.</summary>
public class EntryRuleTests
{
    [Theory]
    [InlineData("    domain: test.example\n", "    domain: test_example\n", "research-platform:entry.domain: must be the platform's DNS domain, such as dsp.uni-example.edu (got 'test_example')")]
    [InlineData("    address: 10.0.0.100\n", "    address: 10.0.5.100\n", "research-platform:entry.address: 10.0.5.100 is not a host address of the site subnet 10.0.0.0/24 (research-platform:site.network.subnet): the entry address is announced on the node network")]
    [InlineData("    address: 10.0.0.100\n", "    address: 10.0.0.10\n", "research-platform:entry.address: 10.0.0.10 is the API VIP (research-platform:cluster.apiVip); choose another free address")]
    [InlineData("    address: 10.0.0.100\n", "    address: 10.0.0.1\n", "research-platform:entry.address: 10.0.0.1 is the gateway's address; choose a free address of the subnet")]
    [InlineData("    address: 10.0.0.100\n", "    address: 10.0.0.21\n", "research-platform:entry.address: 10.0.0.21 is the address of node t-general-1; choose a free address of the subnet")]
    [InlineData("    hostname: hub.test.example\n", "    hostname: hub.other.example\n", "research-platform:jupyterhub.hostname: must be one label under the platform domain test.example, such as hub.test.example, for the entry point's certificate to cover it (got 'hub.other.example')")]
    [InlineData("    hostname: hub.test.example\n", "    hostname: lab.hub.test.example\n", "research-platform:jupyterhub.hostname: must be one label under the platform domain test.example, such as hub.test.example, for the entry point's certificate to cover it (got 'lab.hub.test.example')")]
    public void Validate_Entry_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_RootThatIsNoPem_IsRefused()
    {
        var minimal = TestStacks.Minimal;
        var start = minimal.IndexOf("      rootCertificate: |\n", StringComparison.Ordinal);
        var end = minimal.IndexOf("-----END CERTIFICATE-----\n", start, StringComparison.Ordinal) + "-----END CERTIFICATE-----\n".Length;
        var text = minimal[..start] + "      rootCertificate: the root\n" + minimal[end..];

        Assert.Equal(["research-platform:entry.ca.rootCertificate: must be a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)"], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_CaKeyInClearText_MustBeASecret()
    {
        var text = TestStacks.MinimalWith("      key:\n        secure: v1:RRRRRRRRRRRRRRRR:SSSSSSSSSSSSSSSSSSSSSSSS\n", "      key: -----BEGIN PRIVATE KEY-----\n");

        Assert.Equal(["research-platform:entry.ca.key: must be a secret, so that it is stored encrypted: set it with pulumi config set --secret --path 'research-platform:entry.ca.key' <value>"], TestStacks.Errors(text));
    }
}
