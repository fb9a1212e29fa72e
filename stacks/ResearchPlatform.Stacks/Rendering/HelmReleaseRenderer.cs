using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>A Helm release's values file; chart, repository and version stay in the descriptor.</summary>
public sealed class HelmReleaseRenderer : IResourceRenderer
{
    public ResourceKind Kind => ResourceKind.HelmRelease;

    public IEnumerable<ResourceArtifact> Artifacts(PlanResource resource)
    {
        var spec = (HelmReleaseSpec)resource.Spec;
        yield return new("values", "values.yaml", PlanYaml.SerializeUtf8(spec.Values, PlanValueResolver.Symbolic));
    }
}
