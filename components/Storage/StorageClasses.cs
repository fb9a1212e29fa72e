using k8s.Models;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Storage;

/// <summary>
/// A StorageClass per tier, selecting the tier's virtual pool, and a VolumeSnapshotClass. Kubernetes
/// ships no snapshot API, so the snapshot controller and its CRDs come as a pinned chart first.
/// </summary>
public static class StorageClasses
{
    public const string Type = "research-platform:storage:StorageClasses";

    /// <summary>Trident's CSI driver name.</summary>
    public const string Provisioner = "csi.trident.netapp.io";

    /// <exception cref="ArgumentException">Not exactly one tier is the default.</exception>
    public static PlanComponent Build(IReadOnlyList<StorageTier> tiers, KubernetesWiring on, string? parent = null)
    {
        var defaults = tiers.Count(t => t.IsDefault);
        if (defaults != 1)
        {
            throw new ArgumentException($"exactly one storage tier must be the default (got {defaults})", nameof(tiers));
        }

        var snapshots = new PlanResource
        {
            Name = "snapshot-controller",
            Provider = on.ProviderName,
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "snapshot-controller",
                Chart = StorageCharts.SnapshotController,
                Namespace = "kube-system",
                Values = MapValue.Empty,
            },
        };
        var classes = tiers.Select(tier => new PlanResource
        {
            Name = $"storageclass-{tier.Name}",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesManifestSpec { Objects = [KubernetesObjects.ToPlanValue(StorageClass(tier))] },
        });
        var snapshotClass = new PlanResource
        {
            Name = "volumesnapshotclass",
            Provider = on.ProviderName,
            DependsOn = [snapshots.Name, .. on.AfterNames],
            Spec = new KubernetesManifestSpec
            {
                Objects =
                [
                    Map(
                        ("apiVersion", "snapshot.storage.k8s.io/v1"),
                        ("kind", "VolumeSnapshotClass"),
                        ("metadata", Map(("name", "trident-snapshots"), ("annotations", Map(("snapshot.storage.kubernetes.io/is-default-class", "true"))))),
                        ("driver", Provisioner),
                        ("deletionPolicy", "Delete")),
                ],
            },
        };
        return new PlanComponent(Type, "storage-classes", [snapshots, .. classes, snapshotClass], parent);
    }

    /// <summary>The name of the StorageClass of <paramref name="tier"/>: the tier's name, which users see.</summary>
    public static string ClassName(StorageTier tier) => tier.Name;

    /// <summary>The StorageClass resource of <paramref name="tier"/> in <paramref name="classes"/>.</summary>
    /// <exception cref="ArgumentException">There is no such tier.</exception>
    public static PlanResource For(PlanComponent classes, string tier) =>
        classes.Resources.FirstOrDefault(r => r.Name == $"storageclass-{tier}")
            ?? throw new ArgumentException($"there is no storage tier '{tier}'", nameof(tier));

    private static V1StorageClass StorageClass(StorageTier tier)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["backendType"] = Kebab.Of(tier.Driver),
            ["selector"] = $"tier={tier.Name}",
        };
        if (tier.Replicated)
        {
            parameters["trident.netapp.io/replication"] = "true";
        }

        return new V1StorageClass
        {
            ApiVersion = "storage.k8s.io/v1",
            Kind = "StorageClass",
            Metadata = new V1ObjectMeta
            {
                Name = ClassName(tier),
                Labels = new Dictionary<string, string> { ["research-platform/tier"] = tier.Name },
                Annotations = new Dictionary<string, string> { ["storageclass.kubernetes.io/is-default-class"] = tier.IsDefault ? "true" : "false" },
            },
            Provisioner = Provisioner,
            Parameters = parameters,
            ReclaimPolicy = tier.ReclaimPolicy.ToString(),
            AllowVolumeExpansion = tier.AllowVolumeExpansion,
            VolumeBindingMode = "Immediate",
        };
    }
}
