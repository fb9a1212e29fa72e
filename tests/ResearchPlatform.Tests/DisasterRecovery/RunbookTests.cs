using ResearchPlatform.Stacks.Recovery;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>The runbook generated from the plan, and the drill that holds its modelled recovery time within the target.</summary>
public class RunbookTests
{
    [Fact]
    public void Drill_DrTakingOver_IsModelledWithinTheTarget()
    {
        var stack = TestStacks.Load("dr");
        var plan = TestStacks.Plan("dr");

        // Modelled on the plan dr has once recovering: a standby runs only the base layer.
        var minutes = RunbookWriter.ModelledMinutes(TestStacks.Recovering(), stack.Config);

        Assert.True(minutes <= stack.Config.Recovery.TargetMinutes, $"modelled {minutes} min, target {stack.Config.Recovery.TargetMinutes}");
        Assert.True(minutes > stack.Config.Recovery.FenceMinutes + stack.Config.Recovery.DnsMinutes + 12, "a control-plane VM alone takes 12 minutes");
        Assert.Contains($"**Modelled recovery time: {Math.Ceiling(minutes)} min** (target 240 min: within it)", plan.Documents[RunbookWriter.FileName]);
        Assert.True(minutes > RunbookWriter.ModelledMinutes(plan, stack.Config), "the tools that start on recovery lengthen the path");
    }

    [Fact]
    public void CriticalPath_IsAChainOfDependenciesStartingWithNoneAndEndingTheLongest()
    {
        var plan = TestStacks.Plan("dr");
        var resources = plan.Resources.ToDictionary(r => r.Name);

        var (path, seconds) = RecoveryDurations.CriticalPath(plan, new RecoveryConfig());

        Assert.Empty(resources[path[0]].Dependencies());
        Assert.All(path.Zip(path.Skip(1)), pair => Assert.Contains(pair.First, resources[pair.Second].Dependencies()));
        Assert.Equal(path.Sum(name => RecoveryDurations.Of(resources[name].Spec.Kind, new RecoveryConfig())), seconds);
        Assert.Contains(path, name => resources[name].Spec.Kind == Components.Plan.ResourceKind.VirtualMachine);
    }

    [Fact]
    public void CriticalPath_MeasuredDurations_OverrideTheDefaults()
    {
        var plan = TestStacks.Plan("dr");
        var slowVms = new RecoveryConfig { Durations = new Dictionary<string, int> { ["VirtualMachine"] = 3600 } };

        var (_, defaults) = RecoveryDurations.CriticalPath(plan, new RecoveryConfig());
        var (path, slow) = RecoveryDurations.CriticalPath(plan, slowVms);

        // The chain may change with the figures: it is the longest under the measured ones.
        Assert.Equal(path.Sum(n => RecoveryDurations.Of(plan.Resources.Single(r => r.Name == n).Spec.Kind, slowVms)), slow);
        Assert.True(slow >= defaults + 3600 - 720, $"{slow} s against {defaults} s");
    }

    [Fact]
    public void Runbook_Dr_ListsTheStepsInOrderWithWhoAndTheDataClasses()
    {
        var runbook = TestStacks.Plan("dr").Documents[RunbookWriter.FileName];
        var steps = Who(runbook);

        Assert.Equal(["a person", "a person", "a storage admin", "the program", "a person", "a person", "a person"], steps);
        Assert.Contains("Trident Protect promotes the volume mirrors (`objectstore/objectstorage`, `jupyterhub/homes-researcher`) and the program waits until each reports `Promoted`", runbook);
        Assert.Contains("| researcher homes and tool volumes (`ontap-nas`) | SnapMirror by Trident Protect: every claim in `objectstore`, the claims labelled `research-platform/tier=researcher` in `jupyterhub`, new ones included; mirrored here as a standby, promoted when recovering, found again by their owners | 30 min (a snapshot every 15 min, a transfer every 15 min; stated 60) |", runbook);
        Assert.Contains("Rebuild CKAN's search index from its promoted database: `kubectl -n ckan exec deploy/ckan -- ckan search-index rebuild`.", runbook);
        Assert.Contains("| PostgreSQL (the hub's and every tool's database) | a replica cluster of north's backups, mirrored into this site's store (`dsp-postgres-north-mirror`), promoted in place | 20 min (WAL archive timeout 5 + mirror 15; stated 30) |", runbook);
        Assert.Contains("| department drives | site-independent (the university's DFS): nothing to do | 0 |", runbook);
        Assert.Contains("Point `*.dsp.uni-example.edu` at this site's entry address 10.52.20.100", runbook);
    }

    [Fact]
    public void Runbook_StudentHomesBySvmDr_ActivatesTheirSvmBeforeTheProgramAndReconnectsEachHome()
    {
        var runbook = Runbook("    studentHomes: svm-dr\n", "    studentHomes: svm-dr\n    svmDrIntervalMinutes: 30\n");
        var steps = Who(runbook);

        Assert.Equal(["a person", "a person", "a storage admin", "the program", "a person", "a person", "a person"], steps);
        Assert.Contains("| 3 | a storage admin | Activate the SVM-DR destination of the student homes' SVM at this site (`svm_dsp_students_south`: break the SVM relationship, start the destination SVM), before the program runs: Trident cannot, and the program declares its backend only now. |", runbook);
        Assert.Contains("Student homes come back one by one, each at its owner's next login: the hub finds in its promoted database which qtree the home was, and the claim the spawner makes imports it (Trident's qtree import), so no recorded home starts empty.", runbook);
        Assert.Contains("`kubectl -n trident get tbc` shows the student homes' backend `Bound`, `Success`;", runbook);
        Assert.Contains("| student homes (`ontap-nas-economy`) | ONTAP SVM-DR of their SVM (qtrees cannot be mirrored per claim), set up by the storage admins and activated in the runbook; each home reconnected at its owner's next login from the qtree the hub recorded in its database (Trident's qtree import, a Tech Preview in Trident 26.06) | 30 min (the SVM-DR schedule); a home first used within the database's RPO before the disaster is not recorded yet and starts empty, its qtree kept on the SVM |", runbook);
        Assert.Contains("and the storage admins reverse the student homes' SVM-DR towards north.", runbook);
    }

    [Fact]
    public void Runbook_StudentHomesByBackups_SaysTheyStartEmptyAndAddsNoStorageStep()
    {
        var runbook = Runbook("    studentHomes: svm-dr\n", "    studentHomes: backups\n");

        Assert.DoesNotContain("a storage admin", runbook);
        Assert.DoesNotContain("Student homes come back", runbook);
        Assert.Contains("| student homes (`ontap-nas-economy`) | backups only (`recovery.studentHomes: backups`): they start empty here and are restored on request |", runbook);
    }

    // Who acts in each numbered step, in order.
    private static List<string> Who(string runbook) =>
        runbook.Split('\n').Where(l => l.Length > 3 && l[0] == '|' && char.IsDigit(l[2])).Select(l => l.Split('|')[2].Trim()).ToList();

    // dr's runbook with the platform layer's recovery section changed.
    private static string Runbook(string from, string to)
    {
        using var project = new TempDirectory();
        RepoPaths.CopyStack(project.Path, "prod");
        RepoPaths.CopyStack(project.Path, "dr");
        var layer = Path.Combine(project.Path, RepoPaths.PlatformLayer);
        var text = File.ReadAllText(layer);
        Assert.Contains(from, text);
        File.WriteAllText(layer, text.Replace(from, to, StringComparison.Ordinal));
        return Stacks.Composition.PlatformComposer.Compose(Stacks.Config.StackLoader.Load(project.Path, "dr")).Documents[RunbookWriter.FileName];
    }

    [Fact]
    public void Cli_Runbook_PrintsWhatTheRenderWrites()
    {
        var (code, output, _) = Cli.CliTests.Run("runbook", "dr", "--dir", RepoPaths.Root);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Golden("dr"), RunbookWriter.FileName)), output);
    }

    [Theory]
    [InlineData("  research-platform:recovery:\n    targetMinutes: 0\n", "research-platform:recovery.targetMinutes: must be 1 to 10080 minutes (got 0)")]
    [InlineData("  research-platform:recovery:\n    durations:\n      Vm: 60\n", "research-platform:recovery.durations.Vm: is not a kind of resource; known: VirtualMachine, KubernetesProvider, HelmRelease, KubernetesManifest, KubernetesSecret, GeneratedSecret, TlsPrivateKey, TlsSelfSignedCert, TlsCertRequest, TlsLocallySignedCert")]
    [InlineData("  research-platform:recovery:\n    durations:\n      HelmRelease: -1\n", "research-platform:recovery.durations.HelmRelease: must be 0 to 86400 seconds (got -1)")]
    [InlineData("  research-platform:recovery:\n    mirrorIntervalMinutes: 60\n", "research-platform:recovery.mirrorIntervalMinutes: 60 min of mirroring plus the 5 min WAL archive timeout exceed the stated database RPO of 30 min (databaseRpoMinutes): mirror the backup bucket more often, or state the RPO the sites can keep")]
    public void Validate_Recovery_ReportsTheRule(string section, string expected)
    {
        // A standby (with the peers it needs), where the mirror's schedule matters.
        Assert.Equal([expected], TestStacks.Errors(TestStacks.Standby.Replace("  research-platform:jupyterhub:\n", section + "  research-platform:jupyterhub:\n", StringComparison.Ordinal)));
    }
}
