using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Identity;

/// <summary>Every identity rule, one mistake at a time, with its exact message.</summary>
public class IdentityRuleTests
{
    [Theory]
    [InlineData("      server: ad.test.example\n      network", "      server: ad\n      network", "research-platform:identity.directory.server: must be the domain controllers' DNS name, such as ad.uni-example.edu (got 'ad')")]
    [InlineData("      network: 10.0.3.0/24\n", "      network: 10.0.3.0/24\n      port: 389\n", "research-platform:identity.directory.port: 389 is plain LDAP; the broker speaks LDAPS only, on 636")]
    [InlineData("      network: 10.0.3.0/24\n", "      network: 0.0.0.0/0\n", "research-platform:identity.directory.network: must be the domain controllers' network, such as 10.41.0.0/24; the broker may reach nothing else (got '0.0.0.0/0')")]
    [InlineData("      groupSearchBase: OU=Groups,DC=test,DC=example\n", "      groupSearchBase: Groups\n", "research-platform:identity.directory.groupSearchBase: must be a distinguished name such as OU=People,DC=uni-example,DC=edu (got 'Groups')")]
    [InlineData("    hostname: login.test.example\n", "    hostname: login.elsewhere.example\n", "research-platform:identity.hostname: must be one label under the platform domain test.example, such as hub.test.example, for the entry point's certificate to cover it (got 'login.elsewhere.example')")]
    [InlineData("    hostname: login.test.example\n", "    hostname: hub.test.example\n", "research-platform:jupyterhub.hostname: 'hub.test.example' is already the host name of research-platform:identity.hostname; each tool needs its own")]
    public void Validate_Identity_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_PlatformGroupsThatAreNoDns_AreRefused()
    {
        var text = TestStacks.MinimalWith("    authentication:\n", "    authentication:\n      method: broker\n")
            .Replace("students: CN=Students,OU=Groups,DC=test,DC=example", "students: Students", StringComparison.Ordinal);

        Assert.Equal(["research-platform:identity.groups.students: must be the full DN of an AD group, such as CN=DSP-Students,OU=Groups,DC=uni-example,DC=edu (got 'Students')"], TestStacks.Errors(text));
    }
}
