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
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["summary.md"] = SummaryWriter.Build(plan),
            ["plan.json"] = PlanJson.Serialize(plan),
            ["graph.mmd"] = MermaidGraph.Build(plan),
            [RenderTarget.Marker] = RenderTarget.MarkerText(plan.Stack),
        };
        foreach (var component in plan.Components)
        {
            foreach (var resource in component.Resources)
            {
                var stem = $"components/{component.Name}/{resource.Name}";
                var artifacts = Renderers.TryGetValue(resource.Kind, out var renderer) ? renderer.Artifacts(resource).ToList() : [];
                var shown = artifacts.Where(a => a.Property is not null).ToDictionary(a => a.Property!, a => $"{resource.Name}.{a.Suffix}");
                files[$"{stem}.yaml"] = Header(component) + PlanYaml.Serialize(
                    Components.Plan.Values.PlanValueResolver.Symbolic.Resolve(ResourceDescriptor.Build(component, resource, shown)));
                foreach (var artifact in artifacts)
                {
                    files[$"{stem}.{artifact.Suffix}"] = artifact.Content;
                }
            }
        }

        return new RenderedTree(files);
    }

    // The stack is left out of the header so that files identical across stacks diff as identical.
    private static string Header(PlanComponent component) =>
        $"# research-platform component {component.Name} ({component.Type}).\n" +
        "# Rendered from the stack config: change the config and render again instead of editing.\n";
}
