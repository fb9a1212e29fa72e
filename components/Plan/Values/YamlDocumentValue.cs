namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// A value tree serialized as one YAML document once its references are known (a cloud-init file,
/// a kubeconfig): the typed alternative to a text template with placeholders.
/// </summary>
/// <param name="Content">The tree to serialize.</param>
/// <param name="Header">An optional first line, such as <c>#cloud-config</c>.</param>
public sealed record YamlDocumentValue(PlanValue Content, string? Header = null) : PlanValue
{
    internal override void Collect(List<ReferenceValue> found) => Content.Collect(found);
}
