using k8s.Models;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>
/// A Job that completes only once the named CRDs exist and are established, with just the RBAC to
/// watch CRDs. Operators (Trident, cert-manager, CloudNativePG, the Prometheus operator) create or
/// register their CRDs some time after their release is ready; whatever creates their custom
/// resources depends on this Job, which a deployment really waits for.
/// </summary>
public static class CrdReadyJob
{
    /// <summary>The pod label that lets the Job through the namespace's API egress policy.</summary>
    public const string ApiAccessLabel = "research-platform/api-access";

    /// <summary>The objects of the Job <paramref name="name"/> in <paramref name="namespace"/>, waiting for <paramref name="crds"/>.</summary>
    /// <param name="name">The Job's name, also its service account's and cluster role's.</param>
    /// <param name="namespace">A restricted namespace whose pods may reach the API.</param>
    /// <param name="kubectlImage">A kubectl image matching the cluster version.</param>
    /// <param name="crds">The CRD names (<c>tridentbackendconfigs.trident.netapp.io</c>).</param>
    /// <exception cref="ArgumentException">No CRD is named.</exception>
    public static IReadOnlyList<PlanValue> Objects(string name, string @namespace, string kubectlImage, IReadOnlyList<string> crds)
    {
        if (crds.Count == 0)
        {
            throw new ArgumentException($"job {name}: name at least one CRD to wait for", nameof(crds));
        }

        var wait = (string condition, string timeout) => new V1Container
        {
            Name = condition == "create" ? "created" : "established",
            Image = kubectlImage,
            Args = ["wait", $"--for={(condition == "create" ? "create" : "condition=established")}", $"--timeout={timeout}", .. crds.Select(c => $"crd/{c}")],
            SecurityContext = RestrictedContainer.SecurityContext(),
            Resources = ContainerResources.Requirements("10m", "32Mi", "200m", "128Mi"),
        };
        return
        [
            KubernetesObjects.ToPlanValue(new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace } }),
            KubernetesObjects.ToPlanValue(new V1ClusterRole
            {
                ApiVersion = "rbac.authorization.k8s.io/v1",
                Kind = "ClusterRole",
                Metadata = new V1ObjectMeta { Name = name },
                Rules = [new V1PolicyRule { ApiGroups = ["apiextensions.k8s.io"], Resources = ["customresourcedefinitions"], Verbs = ["get", "list", "watch"] }],
            }),
            KubernetesObjects.ToPlanValue(new V1ClusterRoleBinding
            {
                ApiVersion = "rbac.authorization.k8s.io/v1",
                Kind = "ClusterRoleBinding",
                Metadata = new V1ObjectMeta { Name = name },
                RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = name },
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = name, NamespaceProperty = @namespace }],
            }),
            KubernetesObjects.ToPlanValue(new V1Job
            {
                ApiVersion = "batch/v1",
                Kind = "Job",
                Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace },
                Spec = new V1JobSpec
                {
                    BackoffLimit = 6,
                    ActiveDeadlineSeconds = 1200,
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = name, [ApiAccessLabel] = "true" } },
                        Spec = new V1PodSpec
                        {
                            ServiceAccountName = name,
                            RestartPolicy = "OnFailure",
                            SecurityContext = RestrictedContainer.PodSecurityContext(),
                            InitContainers = [wait("create", "900s")],
                            Containers = [wait("established", "300s")],
                        },
                    },
                },
            }),
        ];
    }
}
