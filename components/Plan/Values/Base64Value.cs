namespace ResearchPlatform.Components.Plan.Values;

/// <summary>The UTF-8 bytes of a text value, base64-encoded (a kubeconfig's certificate data).</summary>
public sealed record Base64Value(PlanValue Inner) : PlanValue
{
    internal override void Collect(List<ReferenceValue> found) => Inner.Collect(found);
}
