using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>One platform, two sites: the platform layer written once, each stack file only its site, the roles checked across sites.</summary>
public class PlatformLayerTests
{
    [Fact]
    public void Load_ProdAndDr_DifferOnlyInSiteValues()
    {
        var differences = ConfigDiff.Between(StackConfigFile.Load(RepoPaths.Root, "prod"), StackConfigFile.Load(RepoPaths.Root, "dr"));

        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.True(d.IsSiteValue, $"{d.Path} differs ({d.Left} -> {d.Right}) but is not a site value"));
        Assert.Contains(differences, d => d.Path == "research-platform:site.role" && (d.Left, d.Right) == ("primary", "standby"));
    }

    [Fact]
    public void Load_StackFiles_HoldOnlySiteValues()
    {
        foreach (var stack in new[] { "prod", "dr" })
        {
            var raw = StackConfigFile.Load(RepoPaths.Root, stack);

            Assert.Equal("platform.yaml", raw.Layer);
            Assert.All(raw.SitePaths, path => Assert.True(SiteValues.Contains(path), $"{stack} sets {path}"));
        }
    }

    [Fact]
    public void Compose_SharedSecrets_AreTheSameReferenceAtBothSites()
    {
        static HashSet<string> Shared(PlatformPlan plan) => [.. plan.Resources
            .SelectMany(r => r.Spec.Properties().References()).OfType<ConfigSecretReference>()
            .Select(r => r.KeyPath).Where(path => !SiteValues.Contains(path))];

        var prod = Shared(TestStacks.Plan("prod"));

        // Every data-encryption key and shared secret prod uses, dr uses under the same reference
        // once it recovers; as a standby it runs only the base layer, so it uses a part of them.
        Assert.Contains("research-platform:jupyterhub.authStateKey", prod);
        Assert.Contains("research-platform:airflow.fernetKey", prod);
        Assert.Contains("research-platform:superset.secretKey", prod);
        Assert.Equal(prod, Shared(TestStacks.Recovering()));
        Assert.Subset(prod, Shared(TestStacks.Plan("dr")));
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void StackConfig_MergedFile_LoadsToTheSamePlanWithEveryCiphertextKept(string stack)
    {
        var (code, merged, _) = Cli.CliTests.Run("stack-config", stack, "--dir", RepoPaths.Root);
        var layered = TestStacks.Plan(stack);
        var single = Stacks.Composition.PlatformComposer.Compose(StackLoader.FromRaw(StackConfigFile.Parse(stack, $"Pulumi.{stack}.yaml", merged)));

        Assert.Equal(0, code);
        Assert.DoesNotContain(PlatformLayer.Key, merged);
        Assert.Equal(Stacks.Rendering.OfflineRenderer.Compile(layered).Files, Stacks.Rendering.OfflineRenderer.Compile(single).Files);

        // Pulumi decrypts what it is given: every ciphertext of the stack file and of the layer is there, unchanged.
        var ciphertexts = new[] { $"Pulumi.{stack}.yaml", RepoPaths.PlatformLayer }
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, f)), @"secure: (v1:\S+)").Select(m => m.Groups[1].Value));
        Assert.All(ciphertexts, c => Assert.Contains(c, merged));
    }

    [Fact]
    public void Diff_ProdAgainstDr_ListsEveryDifferingValueAsASiteValue()
    {
        var (code, output, _) = Cli.CliTests.Run("diff", "prod", "dr", "--dir", RepoPaths.Root);
        var count = ConfigDiff.Between(StackConfigFile.Load(RepoPaths.Root, "prod"), StackConfigFile.Load(RepoPaths.Root, "dr")).Count;

        Assert.Equal(0, code);
        Assert.StartsWith($"config: {count} values differ between prod and dr, every one a site value\n", output);
        Assert.Contains("  research-platform:site.role: primary -> standby\n", output);
        Assert.DoesNotContain("[not a site value]", output);
    }

    [Fact]
    public void Validate_BothSitesPrimary_IsRefusedNamingTheOther()
    {
        using var project = Project(("Pulumi.dr.yaml", "    role: standby\n", "    role: primary\n"));

        var (code, _, error) = Cli.CliTests.Run("validate", "dr", "--dir", project.Path);

        Assert.Equal(2, code);
        Assert.Equal(
            "error: research-platform:site.role: dr is primary, and so is prod (Pulumi.prod.yaml): one site serves the users and is the source of every replica; make one of them standby, or recovering once the other is fenced\n" +
            "stack 'dr': 1 error(s); nothing was written\n", error);
    }

    [Fact]
    public void Validate_StandbyWithoutAPrimary_IsRefused()
    {
        using var project = Project();
        File.Delete(Path.Combine(project.Path, "Pulumi.prod.yaml"));

        var (code, _, error) = Cli.CliTests.Run("validate", "dr", "--dir", project.Path);

        Assert.Equal(2, code);
        Assert.StartsWith("error: research-platform:site.role: dr is standby, but no other site builds on the same platform layer (platform.yaml): a standby site needs a primary's data to replicate or recover from\n", error);
    }

    [Fact]
    public void Validate_RecoveringWhileTheFailedSiteStillSaysPrimary_IsAccepted()
    {
        // At 3 a.m. nobody edits the lost site's file first: dr recovers while prod's file still says primary.
        using var project = Project(("Pulumi.dr.yaml", "    role: standby\n", "    role: recovering\n"));

        var (code, output, _) = Cli.CliTests.Run("validate", "dr", "--dir", project.Path);

        Assert.Equal(0, code);
        Assert.StartsWith("stack 'dr' is valid", output);
    }

    [Fact]
    public void Validate_PeerVaultThatDriftedFromTheSourcesOwn_NamesBothFiles()
    {
        // prod moves its vault to another bucket; dr's file still names the old one.
        using var project = Project(("Pulumi.prod.yaml", "      bucket: dsp-protect-north\n", "      bucket: dsp-protect-north-2\n"));

        var (code, _, error) = Cli.CliTests.Run("validate", "dr", "--dir", project.Path);

        Assert.Equal(2, code);
        Assert.Equal(
            "error: research-platform:replication.peer.vault.bucket: 'dsp-protect-north' is not what north's own vault says ('dsp-protect-north-2' at research-platform:replication.vault.bucket in Pulumi.prod.yaml): this site reads the vault north writes, so give the same\n" +
            "stack 'dr': 1 error(s); nothing was written\n",
            error);
    }

    [Fact]
    public void Validate_SvmNamedAsTheOtherSites_IsRefusedForTheMirrors()
    {
        using var project = Project(("Pulumi.dr.yaml", "        svm: svm_dsp_south\n", "        svm: svm_dsp_north\n"));

        var (code, _, error) = Cli.CliTests.Run("validate", "dr", "--dir", project.Path);

        Assert.Equal(2, code);
        Assert.Equal(
            "error: research-platform:storage.svms[0].svm: 'svm_dsp_north' is also an SVM of north (Pulumi.prod.yaml): the volume mirrors run over SnapMirror between peered SVMs, which needs a name unique to each site; give this site's SVM its own name\n" +
            "stack 'dr': 1 error(s); nothing was written\n",
            error);
    }

    private static TempDirectory Project(params (string File, string Old, string New)[] edits)
    {
        var project = new TempDirectory();
        RepoPaths.CopyStack(project.Path, "prod");
        RepoPaths.CopyStack(project.Path, "dr");
        foreach (var (file, old, replacement) in edits)
        {
            var path = Path.Combine(project.Path, file);
            File.WriteAllText(path, File.ReadAllText(path).Replace(old, replacement, StringComparison.Ordinal));
        }

        return project;
    }
}
