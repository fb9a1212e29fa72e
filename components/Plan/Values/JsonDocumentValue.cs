namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// A value tree serialized as one JSON document once its references are known (a server's config
/// file that holds generated keys): the JSON sibling of <see cref="YamlDocumentValue"/>.
/// </summary>
/// <param name="Content">The tree to serialize.</param>
public sealed record JsonDocumentValue(PlanValue Content) : PlanValue
{
    internal override void Collect(List<ReferenceValue> found) => Content.Collect(found);
}
