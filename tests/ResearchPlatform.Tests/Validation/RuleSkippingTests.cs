using Moq;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Validation;

/// <summary>What rules do beside binding errors: judge what they still can, never the placeholders.</summary>
public class RuleSkippingTests
{
    [Fact]
    public void Validate_RuleReadingAValueThatFailedToBind_KeepsOnlyWhatDoesNotDependOnIt()
    {
        var reader = new Mock<IConfigRule>(MockBehavior.Strict);
        reader.SetupGet(r => r.Reads).Returns(["research-platform:cluster.controlPlane"]);
        reader.Setup(r => r.Check(It.IsAny<StackConfig>())).Returns((StackConfig c) =>
        [
            new ConfigError("research-platform:cluster.controlPlane.count", $"first address {c.Cluster.ControlPlane.FirstIp}"),
            new ConfigError("research-platform:cluster.controlPlane.cpu", "independent of the address"),
            new ConfigError("research-platform:cluster.controlPlane.firstIp", "about the broken value itself"),
        ]);
        var raw = TestStacks.Raw(TestStacks.MinimalWith("      firstIp: 10.0.0.11", "      firstIp: eleven"));

        var e = Assert.Throws<ConfigException>(() => StackLoader.FromRaw(raw, [reader.Object]));

        Assert.Equal(
        [
            "research-platform:cluster.controlPlane.firstIp: must be an IPv4 address such as 10.0.0.10 (got 'eleven')",
            "research-platform:cluster.controlPlane.cpu: independent of the address",
        ], e.Errors.Select(x => x.ToString()));
        reader.Verify(r => r.Check(It.IsAny<StackConfig>()), Times.Exactly(2));
    }

    [Fact]
    public void Validate_RuleReadingAMissingSection_IsNotRun()
    {
        var reader = new Mock<IConfigRule>(MockBehavior.Strict);
        reader.SetupGet(r => r.Reads).Returns(["research-platform:postgres"]);
        var bystander = new Mock<IConfigRule>(MockBehavior.Strict);
        bystander.SetupGet(r => r.Reads).Returns(["research-platform:site"]);
        bystander.Setup(r => r.Check(It.IsAny<StackConfig>())).Returns([new ConfigError("research-platform:site.name", "checked")]);
        var text = TestStacks.Minimal;
        var start = text.IndexOf("  research-platform:postgres:", StringComparison.Ordinal);
        var raw = TestStacks.Raw(text.Remove(start, text.IndexOf("  research-platform:objectStorage:", StringComparison.Ordinal) - start));

        var e = Assert.Throws<ConfigException>(() => StackLoader.FromRaw(raw, [reader.Object, bystander.Object]));

        Assert.Equal(["research-platform:postgres: is required: add 'research-platform:postgres' to Pulumi.test.yaml", "research-platform:site.name: checked"], e.Errors.Select(x => x.ToString()));
        reader.Verify(r => r.Check(It.IsAny<StackConfig>()), Times.Never);
    }

    [Fact]
    public void Validate_FiveMistakesInOneSection_AreFiveErrors()
    {
        var text = TestStacks.MinimalWith("    name: t\n    apiVip: 10.0.0.10\n    controlPlane:\n      firstIp: 10.0.0.11\n",
            "    name: T_\n    apiVip: 10.9.9.9\n    podSubnet: pods\n    controlPlane:\n      count: 4\n      cpu: four\n      firstIp: 10.0.0.11\n");

        Assert.Equal(
            ["research-platform:cluster.podSubnet", "research-platform:cluster.controlPlane.cpu", "research-platform:cluster.name", "research-platform:cluster.controlPlane.count", "research-platform:cluster.apiVip"],
            TestStacks.Errors(text).Select(e => e[..e.IndexOf(": ", StringComparison.Ordinal)]));
    }
}
