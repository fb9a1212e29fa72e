using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Compute;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ResearchPlatform.Tests.JupyterHub;

/// <summary>The rendered JupyterHub values of a stack (or of stack text), parsed as Helm would.</summary>
public static class HubValues
{
    public static YamlMappingNode OfStack(string stack) =>
        Parse(OfflineRenderer.Compile(TestStacks.Plan(stack)));

    public static YamlMappingNode OfText(string stackText) =>
        Parse(OfflineRenderer.Compile(Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(stackText))));

    /// <summary>The node at a path of keys.</summary>
    public static YamlNode At(YamlNode node, params string[] keys) => keys.Aggregate(node, (current, key) => ((YamlMappingNode)current)[key]);

    public static string Text(YamlNode node, params string[] keys) => RenderedNode.Scalar(At(node, keys));

    private static YamlMappingNode Parse(RenderedTree tree) =>
        (YamlMappingNode)RenderedNode.Parse(tree.Files["components/jupyterhub/jupyterhub.values.yaml"]).Single();
}
