using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Plan;

/// <summary>Each namespace's NetworkPolicies: one object per allowance, never two of one name.</summary>
public class NamespacePolicyTests
{
    [Fact]
    public void Build_TwoAllowancesOfOneName_IsRefusedWithBothNamesApart()
    {
        var provider = new PlanResource { Name = "k8s", Spec = new KubernetesProviderSpec { Kubeconfig = "kubeconfig" } };
        var ns = new PlatformNamespace("tools", "restricted", "tools")
        {
            Ingress = [new IngressAllowance("peers", [], []) { FromNamespaces = ["tools"] }],
            Egress = [new EgressAllowance("peers", [], []) { ToNamespaces = ["tools"] }],
        };

        var error = Assert.Throws<ArgumentException>(() => Namespaces.Build([ns], new KubernetesWiring(provider)));

        Assert.Equal("namespace tools: two allowances are named 'peers', and each becomes the NetworkPolicy allow-peers: name them apart (Parameter 'namespaces')", error.Message);
    }

    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void Render_ExampleStack_NamesEveryPolicyOfANamespaceOnce(string stack)
    {
        var tree = Stacks.Rendering.OfflineRenderer.Compile(TestStacks.Plan(stack));

        foreach (var (path, text) in tree.Files.Where(f => f.Key.StartsWith("components/namespaces/", StringComparison.Ordinal) && f.Key.EndsWith(".manifest.yaml", StringComparison.Ordinal)))
        {
            var names = Parse(text).Where(o => At(o, "kind") == "NetworkPolicy").Select(o => At(o, "metadata", "name")).ToList();
            Assert.True(names.Count == names.Distinct().Count(), $"{path} names a NetworkPolicy twice: {string.Join(", ", names)}");
        }
    }
}
