using System.Text.Json;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Compute;
using ResearchPlatform.Tests.JupyterHub;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>
/// Student homes on qtrees, carried by SVM-DR: their SVM holds nothing else, a standby declares no
/// backend on its stopped destination, and the hub records and, elsewhere, imports each home.
/// </summary>
public class SvmDrHomesTests
{
    private const string SvmDr = "\n  research-platform:recovery:\n    studentHomes: svm-dr\n";

    [Fact]
    public void Validate_SvmDrWithTheQtreeTierSharingItsSvm_SaysToGiveItAnSvmOfItsOwn()
    {
        Assert.Equal(
            ["research-platform:storage.tiers[0].svm: SVM 'main' also holds tier 'researcher' (ontap-nas), but recovery.studentHomes 'svm-dr' replicates and stops this tier's whole SVM: give the qtree tiers an SVM of their own (add one to storage.svms in each stack file)"],
            TestStacks.Errors(TestStacks.Minimal + SvmDr));
    }

    [Fact]
    public void Validate_SvmDrWithoutAQtreeTier_SaysThereIsNothingToCarry()
    {
        Assert.Equal(
            ["research-platform:recovery.studentHomes: is 'svm-dr', but no storage tier is 'ontap-nas-economy': only qtrees need SVM-DR; set it to 'backups', or put the student tier on 'ontap-nas-economy'"],
            TestStacks.Errors(TestStacks.MinimalWith("    driver: ontap-nas-economy\n", "    driver: ontap-nas\n") + SvmDr));
    }

    [Fact]
    public void Plan_DrStandby_DeclaresNoBackendOnTheStoppedSvmDrDestination()
    {
        var standby = TestStacks.Plan("dr");
        var recovering = TestStacks.Recovering();

        Assert.DoesNotContain(standby.Resources, r => r.Name is "backend-students-ontap-nas-economy" or "backend-students-credentials");
        Assert.Contains(standby.Resources, r => r.Name == "backend-dsp-ontap-nas");
        Assert.Contains(recovering.Resources, r => r.Name == "backend-students-ontap-nas-economy");
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("recovering")]
    public void Plan_HubRunningSite_RecordsAndImportsStudentHomesThroughTheirBackend(string stack)
    {
        var plan = stack == "recovering" ? TestStacks.Recovering() : TestStacks.Plan(stack);
        var tree = OfflineRenderer.Compile(plan);
        var values = (YamlMappingNode)RenderedNode.Parse(tree.Files["components/jupyterhub/jupyterhub.values.yaml"]).Single();
        var table = JsonDocument.Parse(HubValues.Text(values, "hub", "extraFiles", "research-platform-table", "stringData")).RootElement;
        var tiers = table.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);

        var homes = tiers["student"].GetProperty("homes");
        Assert.Equal("students-ontap-nas-economy", homes.GetProperty("backend").GetString());
        Assert.Equal("trident", homes.GetProperty("backendNamespace").GetString());
        Assert.Contains(plan.Resources, r => r.Name == $"backend-{homes.GetProperty("backend").GetString()}");

        // Researcher homes are mirrored per claim by Trident Protect: the hub leaves them alone.
        Assert.Equal(JsonValueKind.Null, tiers["researcher"].GetProperty("homes").ValueKind);

        // The hub reads persistent volumes, kube-system, and that one backend: nothing more, only get.
        var role = RenderedNode.Parse(tree.Files["components/jupyterhub/jupyterhub-home-backends-access-trident.manifest.yaml"]).Single(d => HubValues.Text(d, "kind") == "Role");
        var rule = (YamlMappingNode)((YamlSequenceNode)HubValues.At(role, "rules")).Single();
        Assert.Equal(["students-ontap-nas-economy"], ((YamlSequenceNode)rule["resourceNames"]).Select(RenderedNode.Scalar));
        Assert.Equal(["get"], ((YamlSequenceNode)rule["verbs"]).Select(RenderedNode.Scalar));
        Assert.Contains("jupyterhub-home-volumes-access", plan.Resources.Single(r => r.Name == "jupyterhub").Dependencies());
    }
}
