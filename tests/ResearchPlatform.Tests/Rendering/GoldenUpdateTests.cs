using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Rendering;

public class GoldenUpdateTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("yes")]
    public void UpdateGolden_UnderCi_IsRefused(string ci)
    {
        Assert.Equal("UPDATE_GOLDEN is refused where CI is set: render the change locally, review its git diff and commit the golden files", GoldenTree.UpdateRefusal(ci));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("false")]
    public void UpdateGolden_OnADevelopersMachine_IsAllowed(string? ci)
    {
        Assert.Null(GoldenTree.UpdateRefusal(ci));
    }
}
