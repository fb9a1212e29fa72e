using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Ckan;

/// <summary>Every ckan rule, one mistake at a time, with its exact message.</summary>
public class CkanRuleTests
{
    [Fact]
    public void Validate_MinimalCatalog_IsAccepted()
    {
        _ = TestStacks.FromText(CkanStacks.Minimal); // valid: loading throws on any config error
    }

    [Theory]
    [InlineData("    hostname: data.test.example\n", "    hostname: data..test.example\n", "research-platform:ckan.hostname: must be the catalog's DNS name, such as data.dsp.uni-example.edu (got 'data..test.example')")]
    [InlineData("    hostname: data.test.example\n", "    hostname: login.test.example\n", "research-platform:ckan.hostname: 'login.test.example' is already the host name of research-platform:identity.hostname; each tool needs its own")]
    [InlineData("ckan:2.11.4-1@sha256:3e8f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d5e7f\n", "ckan:2.11.4-1\n", "research-platform:ckan.image: must be pinned by tag and digest, such as registry.uni-example.edu/research-platform/ckan:2.11.4-1@sha256:<64 hex digits>, so every site runs the same bytes (got 'registry.test.example/research-platform/ckan:2.11.4-1')")]
    [InlineData("    searchTier: researcher\n", "    searchTier: fast\n", "research-platform:ckan.searchTier: 'fast' is not a storage tier; declared: student, researcher (research-platform:storage.tiers)")]
    [InlineData("    searchTier: researcher\n", "    searchTier: researcher\n    searchSize: big\n", "research-platform:ckan.searchSize: must be a Kubernetes quantity such as 20Gi (got 'big')")]
    [InlineData("    apiTokenSecret:\n      secure: v1:AAAAAAAAAAAAAAAA:TTTTTTTTTTTTTTTTTTTTTTTT\n", "", "research-platform:ckan.apiTokenSecret: is required: it signs the API tokens people and scripts use, which must keep working when the DR site takes over, so set one value in both stacks: pulumi config set --secret --path 'research-platform:ckan.apiTokenSecret' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr")]
    [InlineData("    sessionSecret:\n      secure: v1:SSSSSSSSSSSSSSSS:EEEEEEEEEEEEEEEEEEEEEEEE\n", "", "research-platform:ckan.sessionSecret: is required: it signs the session cookies, which must stay valid when the DR site takes over, so set one value in both stacks: pulumi config set --secret --path 'research-platform:ckan.sessionSecret' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr")]
    [InlineData("    csrfSecret:\n      secure: v1:CCCCCCCCCCCCCCCC:FFFFFFFFFFFFFFFFFFFFFFFF\n", "", "research-platform:ckan.csrfSecret: is required: it signs the forms' CSRF tokens, which must stay valid when the DR site takes over, so set one value in both stacks: pulumi config set --secret --path 'research-platform:ckan.csrfSecret' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr")]
    public void Validate_Ckan_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(CkanStacks.With(oldText, newText)));
    }
}
