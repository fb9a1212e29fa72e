using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ResearchPlatform.Tests.Compute;

/// <summary>A node's rendered cloud-init, parsed as a node would: YAML documents, and the files it writes.</summary>
public sealed class RenderedNode
{
    private static readonly Dictionary<string, RenderedTree> Renders = new();

    private RenderedNode(YamlMappingNode userData, YamlMappingNode metaData)
    {
        UserData = userData;
        MetaData = metaData;
    }

    public YamlMappingNode UserData { get; }

    public YamlMappingNode MetaData { get; }

    /// <summary>The node <paramref name="resource"/> of component <paramref name="component"/> in the stack's render.</summary>
    public static RenderedNode Of(string stack, string component, string resource)
    {
        lock (Renders)
        {
            if (!Renders.TryGetValue(stack, out var tree))
            {
                tree = OfflineRenderer.Compile(TestStacks.Plan(stack));
                Renders[stack] = tree;
            }

            var userData = tree.Files[$"components/{component}/{resource}.user-data.yaml"];
            Assert.StartsWith("#cloud-config\n", userData);
            return new RenderedNode(
                (YamlMappingNode)Parse(userData)[0],
                (YamlMappingNode)Parse(tree.Files[$"components/{component}/{resource}.meta-data.yaml"])[0]);
        }
    }

    /// <summary>The files cloud-init writes, path to content.</summary>
    public IReadOnlyDictionary<string, string> Files => ((YamlSequenceNode)UserData["write_files"]).Children
        .Cast<YamlMappingNode>()
        .ToDictionary(f => Scalar(f["path"]), f => Scalar(f["content"]));

    /// <summary>The permissions of a written file.</summary>
    public string Permissions(string path) => ((YamlSequenceNode)UserData["write_files"]).Children
        .Cast<YamlMappingNode>()
        .Where(f => Scalar(f["path"]) == path)
        .Select(f => Scalar(f["permissions"]))
        .Single();

    /// <summary>Every YAML document in <paramref name="text"/>.</summary>
    public static IReadOnlyList<YamlNode> Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Select(d => d.RootNode).ToList();
    }

    /// <summary>The scalar at a path of keys below <paramref name="node"/>.</summary>
    public static string At(YamlNode node, params string[] keys) =>
        Scalar(keys.Aggregate(node, (current, key) => ((YamlMappingNode)current)[key]));

    public static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;
}
