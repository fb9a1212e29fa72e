namespace ResearchPlatform.Components.Plan.Values;

/// <summary>An ordered list of values.</summary>
public sealed record ListValue(IReadOnlyList<PlanValue> Items) : PlanValue
{
    internal override void Collect(List<ReferenceValue> found)
    {
        foreach (var item in Items)
        {
            item.Collect(found);
        }
    }
}
