using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>A Secret as a manifest whose values are references: it shows the shape, never a value.</summary>
public sealed class KubernetesSecretRenderer : IResourceRenderer
{
    public ResourceKind Kind => ResourceKind.KubernetesSecret;

    public IEnumerable<ResourceArtifact> Artifacts(PlanResource resource)
    {
        var spec = (KubernetesSecretSpec)resource.Spec;
        var secret = Map(
            ("apiVersion", "v1"),
            ("kind", "Secret"),
            ("metadata", Map(
                ("name", spec.SecretName),
                ("namespace", spec.Namespace),
                ("labels", spec.Labels.Count == 0 ? null : Map(spec.Labels.Select(l => (l.Key, (PlanValue?)l.Value)))),
                ("annotations", spec.Annotations.Count == 0 ? null : Map(spec.Annotations.Select(a => (a.Key, (PlanValue?)a.Value)))))),
            ("type", spec.Type),
            ("stringData", new MapValue(spec.StringData)));
        yield return new(null, "secret.yaml", PlanYaml.SerializeUtf8(secret, PlanValueResolver.Symbolic));
    }
}
