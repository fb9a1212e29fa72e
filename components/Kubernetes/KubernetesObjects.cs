using System.Text.Json;
using k8s;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Turns KubernetesClient models into plan values, so core objects are typed where they are built.</summary>
public static class KubernetesObjects
{
    /// <summary>The object as a plan value tree, keys in the model's order, nulls left out.</summary>
    public static PlanValue ToPlanValue(IKubernetesObject value)
    {
        using var json = JsonDocument.Parse(KubernetesJson.Serialize(value));
        return PlanValues.From(json.RootElement.Clone());
    }
}
