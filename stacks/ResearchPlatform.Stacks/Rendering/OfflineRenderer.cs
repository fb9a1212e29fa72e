using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// The offline realizer: the plan as files a person, a reviewer or a GitOps tool can read. Like the
/// Pulumi program it decides nothing; it shows what the plan holds.
/// </summary>
public static class OfflineRenderer
{
    private static readonly IReadOnlyDictionary<ResourceKind, IResourceRenderer> Renderers =
        new IResourceRenderer[]
        {
            new VirtualMachineRenderer(),
            new HelmReleaseRenderer(),
            new KubernetesManifestRenderer(),
            new KubernetesSecretRenderer(),
        }.ToDictionary(r => r.Kind);

    /// <summary>Every file of the render: pure, the same plan gives the same bytes.</summary>
    public static RenderedTree Compile(PlatformPlan plan)
    {
        // Resources are rendered independently on every core; their files are added in plan order,
        // so the tree is the same whatever finishes first.
        var planJson = Task.Run(() => PlanJson.SerializeUtf8(plan));
        // Each result goes to its resource's slot: no ordering query (PLINQ sorts and spools its
        // results, and its generic instantiations make the native executable larger).
        var pairs = plan.Components
            .SelectMany(component => component.Resources.Select(resource => (Component: component, Resource: resource)))
            .ToArray();
        var resources = new IReadOnlyList<(string Path, ReadOnlyMemory<byte> Content)>[pairs.Length];
        Parallel.For(0, pairs.Length, i => resources[i] = Render(pairs[i].Component, pairs[i].Resource));
        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
        {
            ["summary.md"] = Utf8(SummaryWriter.Build(plan)),
            ["plan.json"] = planJson.GetAwaiter().GetResult(),
            ["graph.mmd"] = Utf8(MermaidGraph.Build(plan)),
            [RenderTarget.Marker] = Utf8(RenderTarget.MarkerText(plan.Stack)),
        };
        foreach (var (name, document) in plan.Documents)
        {
            files[name] = Utf8(document);
        }

        foreach (var (path, content) in resources.SelectMany(r => r))
        {
            files[path] = content;
        }

        return new RenderedTree(files);
    }

    // Files are kept as the bytes written; each is encoded on the core that rendered it.
    private static ReadOnlyMemory<byte> Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    private static IReadOnlyList<(string Path, ReadOnlyMemory<byte> Content)> Render(PlanComponent component, PlanResource resource)
    {
        var stem = $"components/{component.Name}/{resource.Name}";
        var artifacts = Renderers.TryGetValue(resource.Kind, out var renderer) ? renderer.Artifacts(resource).ToList() : [];
        var shown = artifacts.Where(a => a.Property is not null).ToDictionary(a => a.Property!, a => $"{resource.Name}.{a.Suffix}");
        return
        [
            ($"{stem}.yaml", PlanYaml.SerializeUtf8(ResourceDescriptor.Build(component, resource, shown), Components.Plan.Values.PlanValueResolver.Symbolic, Header(component))),
            .. artifacts.Select(a => ($"{stem}.{a.Suffix}", a.Content)),
        ];
    }

    // The stack is left out of the header so that files identical across stacks diff as identical.
    private static string Header(PlanComponent component) =>
        $"# research-platform component {component.Name} ({component.Type}).\n" +
        "# Rendered from the stack config: change the config and render again instead of editing.\n";
}
