using ResearchPlatform.Bench;

namespace ResearchPlatform.Tests.Rendering;

/// <summary>The benchmark's generated sites stay valid as the platform grows, at the sizes docs/benchmarks.md names.</summary>
public class BenchStackTests
{
    [Theory]
    [InlineData("site23", 20)]
    [InlineData("scaled", 80)]
    public void Compose_BenchSite_IsValidWithItsNodes(string stack, int workers)
    {
        var pools = stack == "site23" ? new[] { ("general", 20) } : [("general", 40), ("highmem", 20), ("gpu", 20)];
        var text = ScaledStack.Yaml(stack, pools, shares: stack == "site23" ? 2 : 20, profiles: stack == "site23" ? 3 : 30);

        var loaded = Stacks.Config.StackLoader.FromRaw(Stacks.Config.StackConfigFile.Parse(stack, $"Pulumi.{stack}.yaml", text));
        var plan = Stacks.Composition.PlatformComposer.Compose(loaded);

        // The whole platform, as in prod: every section on, every node a VM.
        Assert.Equal(3 + workers, plan.Resources.Count(r => r.Kind == Components.Plan.ResourceKind.VirtualMachine));
        Assert.All(Stacks.Sections.PlatformSections.All, s => Assert.NotNull(s.Design(loaded.Config)));
    }
}
