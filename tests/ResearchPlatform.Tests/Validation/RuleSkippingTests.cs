using Moq;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Validation;

public class RuleSkippingTests
{
    [Fact]
    public void Validate_RuleReadingAValueThatFailedToBind_IsNotRun()
    {
        var reader = new Mock<IConfigRule>(MockBehavior.Strict);
        reader.SetupGet(r => r.Reads).Returns(["research-platform:cluster.controlPlane"]);
        var bystander = new Mock<IConfigRule>(MockBehavior.Strict);
        bystander.SetupGet(r => r.Reads).Returns(["research-platform:site"]);
        bystander.Setup(r => r.Check(It.IsAny<StackConfig>())).Returns([new ConfigError("research-platform:site.name", "checked")]);
        var raw = TestStacks.Raw(TestStacks.MinimalWith("      firstIp: 10.0.0.11", "      firstIp: eleven"));

        var e = Assert.Throws<ConfigException>(() => StackLoader.FromRaw(raw, [reader.Object, bystander.Object]));

        Assert.Equal(
        [
            "research-platform:cluster.controlPlane.firstIp: must be an IPv4 address such as 10.0.0.10 (got 'eleven')",
            "research-platform:site.name: checked",
        ], e.Errors.Select(x => x.ToString()));
        reader.Verify(r => r.Check(It.IsAny<StackConfig>()), Times.Never);
    }
}
