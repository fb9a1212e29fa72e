using k8s.Models;
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
        // Read into plan values while the document is alive: nothing refers to it afterwards, so it is not copied.
        using var json = JsonSerializer.SerializeToDocument(value, info);
        return PlanValues.From(json.RootElement);
    }

    /// <summary>A ConfigMap <paramref name="name"/> in <paramref name="namespace"/> of <paramref name="data"/> (files such as CA certificates).</summary>
    public static PlanValue ConfigMap(string name, string @namespace, IDictionary<string, string> data) => ToPlanValue(new V1ConfigMap
    {
        ApiVersion = "v1",
        Kind = "ConfigMap",
        Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace },
        Data = data,
    });
}
