using ResearchPlatform.Components.Monitoring;
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

    /// <summary>The controller's metrics (the <c>trident-csi</c> Service's <c>metrics</c> port, 8001 on the pod).</summary>
    public static ScrapeTarget Metrics { get; } = new("trident", Namespace, ScrapeTarget.Selecting(("app", "controller.csi.trident.netapp.io")), "metrics", 8001);

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
                Chart = args.Chart,
                Namespace = Namespace,
                PrivilegedWorkloads = ["trident-node-linux DaemonSet: mounts the NFS exports of volumes on each node (privileged, host mounts)"],

                // A data-center cluster does not send telemetry to the vendor.
                Values = Map(("tridentSilenceAutosupport", true)),
            },
        };
        const string readyName = "trident-crds-ready";
        var ready = new PlanResource
        {
            Name = readyName,
            Provider = on.ProviderName,
            DependsOn = [release.Name, .. on.AfterNames],
            Spec = new KubernetesManifestSpec { Objects = CrdReadyJob.Objects(readyName, args.SystemNamespace, args.KubectlImage, [BackendCrd]) },
        };
        return (new PlanComponent(Type, "trident", [release, ready], parent), ready);
    }
}
