using ResearchPlatform.Components.Storage;

namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:storage.tiers[i]</c>: a service level, realized as a Trident virtual pool and a StorageClass.</summary>
public sealed record StorageTierConfig
{
    /// <summary>The tier name, a DNS label; the StorageClass is named after it.</summary>
    public required string Name { get; init; }

    /// <summary>The <c>svms[].name</c> the tier's volumes live on.</summary>
    public required string Svm { get; init; }

    /// <summary><c>ontap-nas</c> or <c>ontap-nas-economy</c>.</summary>
    public required TridentDriver Driver { get; init; }

    /// <summary>An ONTAP QoS policy group for the tier's volumes. Default: none.</summary>
    public string? QosPolicy { get; init; }

    /// <summary>The ONTAP snapshot policy (the backup schedule). Default: <c>none</c>.</summary>
    public string SnapshotPolicy { get; init; } = "none";

    /// <summary>Percent of each volume kept for snapshots, 0 to 90. Default: 0.</summary>
    public int SnapshotReserve { get; init; }

    /// <summary>The ONTAP export policy that admits the node network. Default: <c>default</c>.</summary>
    public string ExportPolicy { get; init; } = "default";

    /// <summary>NetApp volume encryption. Default: true.</summary>
    public bool Encryption { get; init; } = true;

    /// <summary>The mode bits of a new volume's root. Default: <c>0770</c>.</summary>
    public string UnixPermissions { get; init; } = "0770";

    /// <summary><c>delete</c> or <c>retain</c> (keep the data when the claim goes). Default: <c>delete</c>.</summary>
    public ReclaimPolicy ReclaimPolicy { get; init; } = ReclaimPolicy.Delete;

    /// <summary>Whether claims can grow. Default: true.</summary>
    public bool AllowVolumeExpansion { get; init; } = true;

    /// <summary>Whether this is the cluster's default StorageClass; exactly one tier is. Default: false.</summary>
    public bool Default { get; init; }

    /// <summary>Whether volumes are SnapMirror-ready for the DR site (ontap-nas only). Default: false.</summary>
    public bool Replicated { get; init; }
}
