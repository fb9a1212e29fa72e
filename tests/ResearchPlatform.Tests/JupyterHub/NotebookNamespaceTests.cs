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

        Assert.Equal(["default-deny", "allow-cluster-dns", "allow-metrics-from-monitoring", "allow-kubernetes-api-jupyterhub-system", "allow-notebooks-research-database", "allow-notebooks-object-storage", "allow-notebooks-tools-through-gateway", "allow-notebooks-model-servers"], policies.Keys);
        var selector = (YamlMappingNode)HubValues.At(policies["allow-kubernetes-api-jupyterhub-system"], "spec", "podSelector");
        var requirement = ((YamlSequenceNode)selector["matchExpressions"])[0];
        Assert.Equal(("component", "In"), (Compute.RenderedNode.At(requirement, "key"), Compute.RenderedNode.At(requirement, "operator")));
        Assert.Equal(["user-scheduler", "hook-image-awaiter"], ((YamlSequenceNode)((YamlMappingNode)requirement)["values"]).Children.Select(Compute.RenderedNode.Scalar));
    }

    [Theory]
    [InlineData("allow-notebooks-research-database", "postgres", "5432")]
    [InlineData("allow-notebooks-object-storage", "objectstore", "8443")]
    [InlineData("allow-notebooks-model-servers", "model-serving", "8080")]
    public void Render_NotebookNamespace_LetsNotebooksOutToEachDataServiceAndToolOnly(string policy, string ns, string port)
    {
        var tree = Stacks.Rendering.OfflineRenderer.Compile(TestStacks.Plan("prod"));
        var objects = Compute.RenderedNode.Parse(tree.Files["components/namespaces/namespace-jupyterhub.manifest.yaml"]);
        var rule = objects.Single(o => Compute.RenderedNode.At(o, "metadata", "name") == policy);
        var requirement = ((YamlSequenceNode)((YamlMappingNode)HubValues.At(rule, "spec", "podSelector"))["matchExpressions"])[0];
        var egress = ((YamlSequenceNode)HubValues.At(rule, "spec", "egress"))[0];

        Assert.Equal(["singleuser-server"], ((YamlSequenceNode)((YamlMappingNode)requirement)["values"]).Children.Select(Compute.RenderedNode.Scalar));
        Assert.Equal(ns, Compute.RenderedNode.At(((YamlSequenceNode)egress["to"])[0], "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"));
        Assert.Equal([port], ((YamlSequenceNode)egress["ports"]).Select(p => Compute.RenderedNode.At(p, "port")));
    }

    [Fact]
    public void Render_ExternalObjectStorage_LetsNotebooksOutToTheSiteStoreOnly()
    {
        var plan = Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(ObjectStorageStacks.External));
        var tree = Stacks.Rendering.OfflineRenderer.Compile(plan);
        var objects = Compute.RenderedNode.Parse(tree.Files["components/namespaces/namespace-jupyterhub.manifest.yaml"]);
        var rule = objects.Single(o => Compute.RenderedNode.At(o, "metadata", "name") == "allow-notebooks-object-storage");
        var egress = ((YamlSequenceNode)HubValues.At(rule, "spec", "egress"))[0];

        Assert.Equal("10.0.4.0/24", Compute.RenderedNode.At(((YamlSequenceNode)egress["to"])[0], "ipBlock", "cidr"));
        Assert.Equal(["443"], ((YamlSequenceNode)egress["ports"]).Select(p => Compute.RenderedNode.At(p, "port")));
        Assert.DoesNotContain(plan.Resources, r => r.Name == "namespace-objectstore");
    }
}
