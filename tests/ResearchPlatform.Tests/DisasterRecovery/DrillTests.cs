using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>Drills over the two renders: prod as primary, dr as standby; what prod keeps, dr has a counterpart of and a source for.</summary>
public class DrillTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly PlatformPlan Dr = TestStacks.Plan("dr");

    [Fact]
    public void Drill_EveryProtectedResourceOfProd_HasItsCounterpartAtDr()
    {
        var dr = Dr.Resources.ToDictionary(r => r.Name);
        var protectedAtProd = Prod.Resources.Where(r => r.Options.Protect).ToList();

        Assert.NotEmpty(protectedAtProd);
        Assert.All(protectedAtProd, r =>
        {
            Assert.True(dr.TryGetValue(r.Name, out var counterpart), $"{r.Name} is kept at prod but missing at dr");
            Assert.Equal((r.Spec.Kind, r.Options.Protect, r.Options.RetainOnDelete), (counterpart!.Spec.Kind, counterpart.Options.Protect, counterpart.Options.RetainOnDelete));
        });
    }

    [Fact]
    public void Drill_EveryDatabaseOfProd_HasAReplicationSourceAtDr()
    {
        static IEnumerable<string> Databases(PlatformPlan plan) => OfflineRenderer.Compile(plan).Files
            .Where(f => f.Key.StartsWith("components/postgres/postgres-database-", StringComparison.Ordinal) && f.Key.EndsWith(".manifest.yaml", StringComparison.Ordinal))
            .SelectMany(f => Parse(f.Value)).Select(d => At(d, "spec", "name")).Order(StringComparer.Ordinal);
        var cluster = Parse(OfflineRenderer.Compile(Dr).Files["components/postgres/postgres-cluster.manifest.yaml"]).Single();

        // Every database lives in dr's one cluster, which is made from prod's backups and replays them: none starts empty.
        Assert.Contains("jupyterhub", Databases(Prod));
        Assert.Equal(Databases(Prod), Databases(Dr));
        Assert.Equal(("north", "north"), (At(cluster, "spec", "bootstrap", "recovery", "source"), At(cluster, "spec", "replica", "source")));
    }
}
