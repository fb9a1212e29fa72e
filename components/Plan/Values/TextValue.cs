namespace ResearchPlatform.Components.Plan.Values;

/// <summary>Text composed of literal parts and deploy-time values, concatenated in order.</summary>
public sealed record TextValue(IReadOnlyList<PlanValue> Parts) : PlanValue
{
    internal override void Collect(List<ReferenceValue> found)
    {
        foreach (var part in Parts)
        {
            part.Collect(found);
        }
    }
}
