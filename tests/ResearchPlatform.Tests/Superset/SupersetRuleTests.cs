using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Superset;

/// <summary>Every superset rule, one mistake at a time, with its exact message.</summary>
public class SupersetRuleTests
{
    [Fact]
    public void Validate_MinimalSuperset_IsAccepted()
    {
        _ = TestStacks.FromText(SupersetStacks.Minimal); // valid: loading throws on any config error
    }

    [Theory]
    [InlineData("    hostname: superset.test.example\n", "    hostname: -superset.test.example\n", "research-platform:superset.hostname: must be Superset's DNS name, such as superset.dsp.uni-example.edu (got '-superset.test.example')")]
    [InlineData("    hostname: superset.test.example\n", "    hostname: hub.test.example\n", "research-platform:superset.hostname: 'hub.test.example' is already the host name of research-platform:jupyterhub.hostname; each tool needs its own")]
    [InlineData("superset:6.1.0-1@sha256:7c2d9e4f1a3b5c6d8e0f2a4b6c8d0e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d\n", "superset:latest\n", "research-platform:superset.image: must be pinned by tag and digest, such as registry.uni-example.edu/research-platform/superset:6.1.0-1@sha256:<64 hex digits>, so every site runs the same bytes (got 'registry.test.example/research-platform/superset:latest')")]
    [InlineData("    secretKey:\n      secure: v1:SSSSSSSSSSSSSSSS:KKKKKKKKKKKKKKKKKKKKKKKK\n", "", "research-platform:superset.secretKey: is required: Superset encrypts the database credentials it stores with it, and the DR site reads that same database, so set one value in both stacks: pulumi config set --secret --path 'research-platform:superset.secretKey' \"$(openssl rand -base64 42)\" -s prod, then the same value with -s dr")]
    public void Validate_Superset_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(SupersetStacks.With(oldText, newText)));
    }
}
