using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Rendering;

public partial class RenderTests
{
    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void Render_Stack_MatchesGoldenTree(string stack)
    {
        GoldenTree.Verify(OfflineRenderer.Compile(TestStacks.Plan(stack)), RepoPaths.Golden(stack));
    }

    [Fact]
    public void Render_SameConfigTwice_IsByteIdentical()
    {
        var first = OfflineRenderer.Compile(TestStacks.Plan("prod"));
        var second = OfflineRenderer.Compile(TestStacks.Plan("prod"));

        Assert.Equal(first.Files, second.Files);
    }

    [Fact]
    public void Render_SavedTwice_WritesIdenticalBytes()
    {
        using var temp = new TempDirectory();
        var tree = OfflineRenderer.Compile(TestStacks.Plan("dr"));

        tree.Save(Path.Combine(temp.Path, "a"));
        tree.Save(Path.Combine(temp.Path, "b"));

        foreach (var file in tree.Files.Keys)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Path, "a", file)), File.ReadAllBytes(Path.Combine(temp.Path, "b", file)));
        }
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void Render_Stack_HoldsNoCiphertextAndShowsSecretsOnlyAsReferences(string stack)
    {
        var stackFile = File.ReadAllText(Path.Combine(RepoPaths.Root, $"Pulumi.{stack}.yaml"));
        var ciphertexts = Ciphertext().Matches(stackFile).Select(m => m.Value).ToList();
        Assert.NotEmpty(ciphertexts);

        var tree = OfflineRenderer.Compile(TestStacks.Plan(stack));

        foreach (var (path, text) in tree.Files)
        {
            Assert.DoesNotContain(ciphertexts, text.Contains);
            Assert.DoesNotMatch(PrivateKey(), text);
        }

        var cp1 = tree.Files["components/control-plane/cp-1.user-data.yaml"];
        Assert.Contains("content: ${secret:cluster-ca-key.privateKeyPem}", cp1);
        Assert.Contains("- token: ${secret:bootstrap-token-id.result}.${secret:bootstrap-token-secret.result}", cp1);
        Assert.Contains("certificateKey: ${secret:certificate-key.result}", cp1);
    }

    [Fact]
    public void Save_OverAnOlderRender_ReplacesItWhole()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "prod");
        Directory.CreateDirectory(Path.Combine(target, "components", "gone"));
        File.WriteAllText(Path.Combine(target, "components", "gone", "stale.yaml"), "stale");

        OfflineRenderer.Compile(TestStacks.Plan("prod")).Save(target);

        Assert.False(File.Exists(Path.Combine(target, "components", "gone", "stale.yaml")));
        Assert.True(File.Exists(Path.Combine(target, "summary.md")));
        Assert.Equal([target], Directory.GetDirectories(temp.Path));
    }

    [Fact]
    public void Render_ProdSummary_ListsNodesEndpointsAndGuards()
    {
        var summary = OfflineRenderer.Compile(TestStacks.Plan("prod")).Files["summary.md"];

        Assert.Contains("| dsp-prod-gpu-2 | 10.41.20.52 | 16 | 128 GiB | 200 GiB | ubuntu-24.04-cloudimg-2026.10-vgpu-a100-40c | no |", summary);
        Assert.Contains("| apiServer | `https://10.41.20.10:6443` |", summary);
        Assert.Contains("| kubeconfig | (secret) |", summary);
        Assert.Contains("- cp-1 (VirtualMachine)", summary);
        Assert.Contains("- cilium: cilium-agent DaemonSet", summary);
    }

    [GeneratedRegex(@"v1:[A-Za-z0-9+/=]{8,}:[A-Za-z0-9+/=]{8,}(:[A-Za-z0-9+/=]+)?")]
    private static partial Regex Ciphertext();

    [GeneratedRegex("-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();
}
