using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>
/// A Kubernetes Secret. Its own kind, not a manifest object, because its values are references to
/// secret config or generated secrets, which must stay secret in the realizer.
/// </summary>
public sealed record KubernetesSecretSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.KubernetesSecret;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [];

    public required string SecretName { get; init; }

    public required string Namespace { get; init; }

    /// <summary>The Secret type, e.g. <c>Opaque</c>.</summary>
    public string Type { get; init; } = "Opaque";

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];

    /// <summary>Annotations, such as Helm's ownership marks on a Secret a chart adopts.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Annotations { get; init; } = [];

    /// <summary>The entries; secret ones are references, never literals.</summary>
    public required IReadOnlyList<KeyValuePair<string, PlanValue>> StringData { get; init; }

    protected override MapValue BuildProperties() => Map(
        ("secretName", SecretName),
        ("namespace", Namespace),
        ("type", Type),
        ("labels", Map(Labels.Select(l => (l.Key, (PlanValue?)l.Value)))),
        ("annotations", Annotations.Count == 0 ? null : Map(Annotations.Select(a => (a.Key, (PlanValue?)a.Value)))),
        ("stringData", new MapValue(StringData)));
}
