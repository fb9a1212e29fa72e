using ResearchPlatform.Infra.Tests.Support;

namespace ResearchPlatform.Infra.Tests;

public class VsphereInventoryTests
{
    [Fact]
    public async Task Realize_TagCategoryMissingInVcenter_SaysWhatToCreateOrWhichKeyToChange()
    {
        var mocks = new PlatformMocks();
        mocks.MissingTagCategories.Add("environment");

        var e = await Assert.ThrowsAnyAsync<Exception>(() => PulumiRun.StackAsync("prod", mocks));

        Assert.Contains(
            "vCenter has no tag category 'environment': create it, or remove it from research-platform:vsphere.tags (error reading tag category: category 'environment' not found)",
            e.ToString());
    }
}
