using ResearchPlatform.Components.Plan;
using static ResearchPlatform.Tests.Plan.PlanTestResources;

namespace ResearchPlatform.Tests.Plan;

public class DependencyGraphTests
{
    [Fact]
    public void Graph_Levels_GroupWhatCanBeCreatedTogether()
    {
        var graph = DependencyGraph.Build([Password("c", "b"), Password("b", "a"), Password("a"), Password("x"), Password("y", "a", "x")]);

        Assert.Equal([["a", "x"], ["b", "y"], ["c"]], graph.Levels.Select(l => l.ToArray()));
        Assert.Equal(["a", "b", "c"], graph.CriticalPath);
        Assert.Equal(3, graph.Depth);
    }

    [Fact]
    public void Graph_Cycle_IsReportedWithItsPath()
    {
        var e = Assert.Throws<PlanException>(() => DependencyGraph.Build([Password("a", "c"), Password("b", "a"), Password("c", "b")]));

        Assert.Equal(["dependency cycle: a -> c -> b -> a"], e.Errors);
    }

    [Fact]
    public void Graph_ProdStack_StartsWithGeneratedMaterialAndEndsInTheCluster()
    {
        var plan = Support.TestStacks.Plan("prod");

        Assert.Contains("cluster-ca-key", plan.Graph.Levels[0]);
        Assert.Contains("bootstrap-token-id", plan.Graph.Levels[0]);
        Assert.True(plan.Graph.LevelOf["cp-1"] < plan.Graph.LevelOf["cp-2"]);
        Assert.True(plan.Graph.LevelOf["cp-1"] < plan.Graph.LevelOf["general-1"]);
        Assert.True(plan.Graph.LevelOf["kubernetes"] < plan.Graph.LevelOf["cilium"]);
        Assert.Equal(["kubernetes", "gateway-api-crds", "cert-manager", "cert-manager-crds-ready", "cluster-issuer"], plan.Graph.CriticalPath.Skip(3).Take(5));
        Assert.True(plan.Graph.LevelOf["traefik"] < plan.Graph.LevelOf["jupyterhub"]);
        Assert.True(plan.Graph.LevelOf["trident-crds-ready"] < plan.Graph.LevelOf["backend-dsp-ontap-nas"]);
    }
}
