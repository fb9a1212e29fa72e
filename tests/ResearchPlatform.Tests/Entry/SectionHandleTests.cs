using ResearchPlatform.Components.Entry;
using ResearchPlatform.Stacks.Sections;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Entry;

public class SectionHandleTests
{
    [Fact]
    public void Require_HandleNoEarlierSectionPublished_NamesTheNeedAndTheList()
    {
        var plan = TestStacks.Plan("prod");
        var storage = new Components.Storage.StorageParts(plan.Components[0], plan.Components[0], plan.Components[0], plan.Components[0], plan.Components[0]);
        var platform = new PlatformHandles(Components.Cluster.KubernetesClusterLayer.Build(Stacks.Composition.PlatformComposer.Design(TestStacks.Load("prod").Config).Cluster), plan.Components[0], storage);

        var e = Assert.Throws<InvalidOperationException>(() => platform.Require<GatewayHandle>("jupyterhub"));

        Assert.Equal("section 'jupyterhub' needs a GatewayHandle, which no section registered before it in PlatformSections.All publishes", e.Message);
    }

    [Fact]
    public void Sections_EveryRegisteredOne_IsInTheProdPlanWithItsRules()
    {
        var prod = TestStacks.Load("prod").Config;
        var plan = TestStacks.Plan("prod");

        // Every section is on in prod, and each one's components are in its plan.
        Assert.All(PlatformSections.All, s => Assert.NotNull(s.Design(prod)));
        Assert.Contains(plan.Components, c => c.Type == EntryPoint.Type);
        Assert.All(PlatformSections.All.SelectMany(s => s.Rules), rule => Assert.Contains(rule, Stacks.Validation.StackValidator.Rules));
    }
}
