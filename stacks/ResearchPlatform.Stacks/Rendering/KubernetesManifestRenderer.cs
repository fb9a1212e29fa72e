using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>Manifest objects as one multi-document YAML file, ready for <c>kubectl apply</c> or GitOps.</summary>
public sealed class KubernetesManifestRenderer : IResourceRenderer
{
    public ResourceKind Kind => ResourceKind.KubernetesManifest;

    public IEnumerable<ResourceArtifact> Artifacts(PlanResource resource)
    {
        var spec = (KubernetesManifestSpec)resource.Spec;
        if (spec.Objects.Count > 0)
        {
            yield return new("objects", "manifest.yaml", PlanYaml.SerializeAllUtf8(spec.Objects, PlanValueResolver.Symbolic));
        }
    }
}
