using k8s.Models;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Storage;

/// <summary>
/// NetApp Trident through its operator chart. The operator creates Trident's CRDs some time after
/// the release is ready, so the plan holds a Job that completes only once they are established:
/// backends depend on that Job, which a deployment really waits for.
/// </summary>
public static class Trident
{
    public const string Type = "research-platform:storage:Trident";

    /// <summary>The namespace Trident runs in.</summary>
    public const string Namespace = "trident";

    /// <summary>The CRD the backends need.</summary>
    public const string BackendCrd = "tridentbackendconfigs.trident.netapp.io";

    /// <summary>The component and the resource that completes when Trident accepts backends.</summary>
    public static (PlanComponent Component, PlanResource Ready) Build(TridentArgs args, KubernetesWiring on, string? parent = null)
    {
        var release = new PlanResource
        {
            Name = "trident-operator",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "trident-operator",
                Chart = "trident-operator",
                Repository = "https://netapp.github.io/trident-helm-chart",
                Version = args.ChartVersion,
                Namespace = Namespace,
                PrivilegedWorkloads = ["trident-node-linux DaemonSet: mounts the NFS exports of volumes on each node (privileged, host mounts)"],

                // A data-center cluster does not send telemetry to the vendor.
                Values = Map(("tridentSilenceAutosupport", true)),
            },
        };
        var ready = new PlanResource
        {
            Name = "trident-crds-ready",
            Provider = on.ProviderName,
            DependsOn = [release.Name, .. on.AfterNames],
            Spec = new KubernetesManifestSpec { Objects = WaitForCrds(args) },
        };
        return (new PlanComponent(Type, "trident", [release, ready], parent), ready);
    }

    private static IReadOnlyList<Plan.Values.PlanValue> WaitForCrds(TridentArgs args)
    {
        const string name = "trident-crds-ready";
        var wait = (string condition, string timeout) => new V1Container
        {
            Name = condition == "create" ? "created" : "established",
            Image = args.KubectlImage,
            Args = ["wait", $"--for={(condition == "create" ? "create" : "condition=established")}", $"--timeout={timeout}", $"crd/{BackendCrd}"],
            SecurityContext = RestrictedContainer.SecurityContext(),
        };
        return
        [
            KubernetesObjects.ToPlanValue(new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = args.SystemNamespace } }),
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
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = name, NamespaceProperty = args.SystemNamespace }],
            }),
            KubernetesObjects.ToPlanValue(new V1Job
            {
                ApiVersion = "batch/v1",
                Kind = "Job",
                Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = args.SystemNamespace },
                Spec = new V1JobSpec
                {
                    BackoffLimit = 6,
                    ActiveDeadlineSeconds = 1200,
                    Template = new V1PodTemplateSpec
                    {
                        Metadata = new V1ObjectMeta { Labels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = name, ["research-platform/api-access"] = "true" } },
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
