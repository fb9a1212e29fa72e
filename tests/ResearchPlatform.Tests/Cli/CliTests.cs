using ResearchPlatform.Cli;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Cli;

public class CliTests
{
    [Fact]
    public void Validate_ProdStack_ExitsZeroWithASummary()
    {
        var (code, output, error) = Run("validate", "prod", "--dir", RepoPaths.Root);
        var plan = TestStacks.Plan("prod");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"stack 'prod' is valid: {plan.Components.Count} components, {plan.Resources.Count()} resources, dependency depth {plan.Graph.Depth}\n", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Render_ProdStack_WritesTheTreeAndExitsZero()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "prod");

        var (code, output, _) = Run("render", "prod", "--dir", RepoPaths.Root, "--out", target);

        var plan = TestStacks.Plan("prod");
        var files = Directory.GetFiles(RepoPaths.Golden("prod"), "*", SearchOption.AllDirectories).Length;
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal($"rendered stack 'prod': {plan.Components.Count} components, {plan.Resources.Count()} resources, {files} files -> {target}\n", output);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Golden("prod"), "plan.json")), File.ReadAllText(Path.Combine(target, "plan.json")));
    }

    [Fact]
    public void Validate_FiveMistakes_PrintsFiveErrorsAndExitsTwo()
    {
        using var project = InvalidProject();

        var (code, output, error) = Run("validate", "bad", "--dir", project.Path);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Empty(output);
        Assert.Equal(
            """
            error: vsphere:password: must be a secret, so that it is stored encrypted (pulumi config set -s bad --secret vsphere:password <value>)
            error: research-platform:vsphere.datacenter: is required
            error: research-platform:site.name: must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got 'Test_Site')
            error: research-platform:cluster.controlPlane.count: must be an odd number >= 3 (got 4)
            error: research-platform:cluster.apiVip: 10.9.9.9 is outside the site subnet 10.0.0.0/24 (research-platform:site.network.subnet); kube-vip can only announce an address of the node network
            stack 'bad': 5 error(s); nothing was written

            """,
            error);
    }

    [Fact]
    public void Render_InvalidStack_WritesNothingAndExitsTwo()
    {
        using var project = InvalidProject();
        var target = Path.Combine(project.Path, "out", "bad");

        var (code, _, _) = Run("render", "bad", "--dir", project.Path, "--out", target);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.False(Directory.Exists(Path.Combine(project.Path, "out")));
        Assert.Equal(["Pulumi.bad.yaml"], Directory.GetFileSystemEntries(project.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Render_InvalidStack_LeavesTheEarlierRenderUntouched()
    {
        using var project = InvalidProject();
        var target = Path.Combine(project.Path, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "summary.md"), "earlier render");

        Run("render", "bad", "--dir", project.Path, "--out", target);

        Assert.Equal("earlier render", File.ReadAllText(Path.Combine(target, "summary.md")));
    }

    [Theory]
    [InlineData("deploy", "prod")]
    [InlineData("render")]
    [InlineData("render", "prod", "--colour", "red")]
    public void Run_BadUsage_ExitsTwo(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.EndsWith("run 'research-platform --help' for usage\n", error);
    }

    [Fact]
    public void Validate_UnknownStack_ExitsTwoAndSaysHowToCreateIt()
    {
        var (code, _, error) = Run("validate", "staging", "--dir", RepoPaths.Root);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith("error: Pulumi.staging.yaml: no such file in ", error);
    }

    [Fact]
    public void Help_ListsEveryCommandAndTheExitCodes()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(ExitCodes.Success, code);
        foreach (var command in new[] { "render", "validate", "diff", "graph", "Exit codes: 0 success, 1 unexpected failure, 2 invalid config or usage" })
        {
            Assert.Contains(command, output);
        }
    }

    [Fact]
    public void Diff_ProdAgainstDr_ShowsSiteDifferencesFileByFile()
    {
        var (code, output, _) = Run("diff", "prod", "dr", "--dir", RepoPaths.Root);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("only in prod: components/pool-gpu/gpu-1.yaml\n", output);
        Assert.Contains("--- prod/components/control-plane/cp-1.yaml\n+++ dr/components/control-plane/cp-1.yaml\n", output);
        Assert.Contains("\n-   vmName: dsp-prod-cp-1\n", output);
        Assert.Contains("\n+   vmName: dsp-dr-cp-1\n", output);
        var prod = Files("prod");
        var dr = Files("dr");
        Assert.Matches($@"\n\d+ changed, {prod.Except(dr).Count()} only in prod, {dr.Except(prod).Count()} only in dr, \d+ identical\n$", output);
    }

    [Fact]
    public void Graph_ProdStack_PrintsTheMermaidFlowchart()
    {
        var (code, output, _) = Run("graph", "prod", "--dir", RepoPaths.Root);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Golden("prod"), "graph.mmd")), output);
    }

    [Fact]
    public void Render_TemplateChange_WarnsThatProtectedControlPlaneVmsWouldBeReplaced()
    {
        using var project = new TempDirectory();
        var stackFile = Path.Combine(project.Path, "Pulumi.prod.yaml");
        RepoPaths.CopyStack(project.Path, "prod");
        var target = Path.Combine(project.Path, "out");
        Assert.Equal(ExitCodes.Success, Run("render", "prod", "--dir", project.Path, "--out", target).Code);
        File.WriteAllText(stackFile, File.ReadAllText(stackFile).Replace("    template: ubuntu-24.04-cloudimg-2026.10\n", "    template: ubuntu-24.04-cloudimg-2026.11\n"));

        var (code, _, error) = Run("render", "prod", "--dir", project.Path, "--out", target);

        Assert.Equal(ExitCodes.Success, code);
        var warnings = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["cp-1", "cp-2", "cp-3"], warnings.Select(w => w.Split(' ')[1]));
        Assert.Equal(
            "warning: cp-1 (VirtualMachine) is protected and would be replaced: template \"ubuntu-24.04-cloudimg-2026.10\" -> \"ubuntu-24.04-cloudimg-2026.11\". pulumi up stops at it until 'pulumi state unprotect'; for control-plane nodes replace one at a time.",
            warnings[0]);
    }

    [Fact]
    public void Render_ShareRemoved_WarnsThatItsProtectedVolumeAndClaimWouldBeDeleted()
    {
        using var project = new TempDirectory();
        // The department drives are the platform layer's: both sites mount the same DFS shares.
        var stackFile = Path.Combine(project.Path, RepoPaths.PlatformLayer);
        RepoPaths.CopyStack(project.Path, "prod");
        var target = Path.Combine(project.Path, "out");
        Assert.Equal(ExitCodes.Success, Run("render", "prod", "--dir", project.Path, "--out", target).Code);
        var text = File.ReadAllText(stackFile);
        var start = text.IndexOf("      - name: physics-archive\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        File.WriteAllText(stackFile, text.Remove(start, end - start + 1));

        var (code, _, error) = Run("render", "prod", "--dir", project.Path, "--out", target);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(
            "warning: share-physics-archive (KubernetesManifest) is protected and would be deleted: it is no longer in the plan. " +
            "pulumi up stops at it until 'pulumi state unprotect'; even then the real object is kept (retained on delete). If it was renamed, add an alias instead of deleting it.",
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single());
    }

    [Fact]
    public void Render_UnchangedConfig_WarnsOfNothing()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "prod");
        Run("render", "prod", "--dir", RepoPaths.Root, "--out", target);

        var (_, _, error) = Run("render", "prod", "--dir", RepoPaths.Root, "--out", target);

        Assert.Empty(error);
    }

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static TempDirectory InvalidProject()
    {
        var project = new TempDirectory();
        File.WriteAllText(Path.Combine(project.Path, "Pulumi.bad.yaml"), TestStacks.FiveMistakes);
        return project;
    }

    private static HashSet<string> Files(string stack) =>
        Directory.GetFiles(RepoPaths.Golden(stack), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepoPaths.Golden(stack), f)).ToHashSet(StringComparer.Ordinal);
}
