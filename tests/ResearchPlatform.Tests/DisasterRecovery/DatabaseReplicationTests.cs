using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>
/// The platform PostgreSQL across the sites (CloudNativePG's distributed topology): prod primary,
/// dr its replica cluster from the mirrored backups, and dr promoted when it recovers.
/// </summary>
public class DatabaseReplicationTests
{
    private static YamlMappingNode Cluster(RenderedTree render) => (YamlMappingNode)Parse(render.Files["components/postgres/postgres-cluster.manifest.yaml"]).Single();

    private static RenderedTree Render(string stack) => OfflineRenderer.Compile(TestStacks.Plan(stack));

    private static RenderedTree Recovering() => OfflineRenderer.Compile(TestStacks.Recovering());

    [Fact]
    public void Render_Prod_IsThePrimaryOfTheTopologyAndStartsEmpty()
    {
        var cluster = Cluster(Render("prod"));

        Assert.Equal(("north", "north", "south"), (At(cluster, "spec", "replica", "self"), At(cluster, "spec", "replica", "primary"), At(cluster, "spec", "replica", "source")));
        Assert.False(((YamlMappingNode)cluster["spec"]).Children.ContainsKey("bootstrap"));
    }

    [Fact]
    public void Render_DrStandby_IsAReplicaClusterMadeFromProdsMirroredBackups()
    {
        var render = Render("dr");
        var cluster = Cluster(render);
        var external = ((YamlSequenceNode)cluster["spec"]["externalClusters"]).ToList();

        Assert.Equal(("south", "north", "north"), (At(cluster, "spec", "replica", "self"), At(cluster, "spec", "replica", "primary"), At(cluster, "spec", "replica", "source")));
        Assert.Equal("north", At(cluster, "spec", "bootstrap", "recovery", "source"));
        Assert.Equal([("south", "backups", "south"), ("north", "peer-backups", "north")],
            external.Select(e => (At(e, "name"), At(e, "plugin", "parameters", "barmanObjectName"), At(e, "plugin", "parameters", "serverName"))));

        // dr archives under its own name; prod's backups are read from their mirror in dr's store, never pruned here.
        Assert.Equal("south", At(((YamlSequenceNode)cluster["spec"]["plugins"])[0], "parameters", "serverName"));
        var peer = Parse(render.Files["components/postgres/postgres-object-store.manifest.yaml"]).Single(o => At(o, "metadata", "name") == "peer-backups");
        Assert.Equal(("s3://dsp-postgres-north-mirror/", "https://s3.dc-south.uni-example.edu"), (At(peer, "spec", "configuration", "destinationPath"), At(peer, "spec", "configuration", "endpointURL")));
        Assert.False(((YamlMappingNode)peer["spec"]).Children.ContainsKey("retentionPolicy"));
    }

    [Fact]
    public void Render_DrRecovering_PromotesItsClusterWithoutRecreatingIt()
    {
        const string File = "components/postgres/postgres-cluster.manifest.yaml";
        var standby = Render("dr").Files[File];
        var recovering = Recovering().Files[File];

        // Only the primary changes: the same cluster, bootstrap and archive, so the hub's database is found again.
        Assert.Equal("south", At(Parse(recovering).Single(), "spec", "replica", "primary"));
        Assert.Equal(standby.Replace("    primary: north\n", "    primary: south\n", StringComparison.Ordinal), recovering);
    }
}
