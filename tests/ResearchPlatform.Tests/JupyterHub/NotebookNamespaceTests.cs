using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ResearchPlatform.Tests.JupyterHub;

public class NotebookNamespaceTests
{
    [Fact]
    public void Render_NotebookNamespace_LetsOnlyTheChartsSystemPodsReachTheApi()
    {
        var tree = Stacks.Rendering.OfflineRenderer.Compile(TestStacks.Plan("prod"));
        var objects = Compute.RenderedNode.Parse(tree.Files["components/namespaces/namespace-jupyterhub.manifest.yaml"]);
        var policies = objects.Where(o => Compute.RenderedNode.At(o, "kind") == "NetworkPolicy").ToDictionary(o => Compute.RenderedNode.At(o, "metadata", "name"));

        Assert.Equal(["default-deny", "allow-cluster-dns", "allow-kubernetes-api-jupyterhub-system"], policies.Keys);
        var selector = (YamlMappingNode)HubValues.At(policies["allow-kubernetes-api-jupyterhub-system"], "spec", "podSelector");
        var requirement = ((YamlSequenceNode)selector["matchExpressions"])[0];
        Assert.Equal(("component", "In"), (Compute.RenderedNode.At(requirement, "key"), Compute.RenderedNode.At(requirement, "operator")));
        Assert.Equal(["user-scheduler", "hook-image-awaiter"], ((YamlSequenceNode)((YamlMappingNode)requirement)["values"]).Children.Select(Compute.RenderedNode.Scalar));
    }
}
