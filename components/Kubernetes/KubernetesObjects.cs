using System.Text.Json;
using k8s;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Turns KubernetesClient models into plan values, so core objects are typed where they are built.</summary>
public static class KubernetesObjects
{
    /// <summary>The object as a plan value tree, keys in the model's order, nulls left out.</summary>
    /// <exception cref="NotSupportedException">The object's model type is not in <see cref="KubernetesModelsJson"/>.</exception>
    public static PlanValue ToPlanValue(IKubernetesObject value)
    {
        var info = KubernetesModelsJson.Default.GetTypeInfo(value.GetType())
            ?? throw new NotSupportedException($"{value.GetType().Name} is not among the model types of {nameof(KubernetesModelsJson)}: add it there");
        using var json = JsonSerializer.SerializeToDocument(value, info);
        return PlanValues.From(json.RootElement.Clone());
    }
}
