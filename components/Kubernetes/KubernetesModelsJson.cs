using System.Text.Json.Serialization;
using k8s.Models;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>
/// JSON for the Kubernetes model types the plan builds objects from, generated at compile time: only
/// these types, so a native build carries no metadata for the hundreds of others. A new model type
/// passed to <see cref="KubernetesObjects.ToPlanValue"/> is added here.
/// </summary>
// Serialization only: the generated code writes each object directly, with no property metadata to build first.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(V1Pod))]
[JsonSerializable(typeof(V1Namespace))]
[JsonSerializable(typeof(V1NetworkPolicy))]
[JsonSerializable(typeof(V1Job))]
[JsonSerializable(typeof(V1ServiceAccount))]
[JsonSerializable(typeof(V1ClusterRole))]
[JsonSerializable(typeof(V1ClusterRoleBinding))]
[JsonSerializable(typeof(V1PersistentVolume))]
[JsonSerializable(typeof(V1PersistentVolumeClaim))]
[JsonSerializable(typeof(V1StorageClass))]
[JsonSerializable(typeof(V1Deployment))]
[JsonSerializable(typeof(V1Service))]
[JsonSerializable(typeof(V1PodDisruptionBudget))]
[JsonSerializable(typeof(V1ConfigMap))]
[JsonSerializable(typeof(V1StatefulSet))]
[JsonSerializable(typeof(V1LimitRange))]
internal sealed partial class KubernetesModelsJson : JsonSerializerContext
{
}
