using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Storage;

/// <summary>The charts the storage layer installs, each pinned to an exact version.</summary>
public static class StorageCharts
{
    /// <summary>The Trident operator 100.2606.0 (Trident 26.06.0).</summary>
    public static readonly HelmChart TridentOperator = new("https://netapp.github.io/trident-helm-chart", "trident-operator", "100.2606.0");

    /// <summary>
    /// The snapshot controller with the snapshot CRDs (piraeus' chart): Kubernetes ships neither.
    /// 5.2.0, not 5.1.1, whose default conversion webhook breaks every group snapshot operation.
    /// </summary>
    public static readonly HelmChart SnapshotController = new("https://piraeus.io/helm-charts/", "snapshot-controller", "5.2.0");

    /// <summary>The SMB CSI driver 1.20.3, from its repository's chart index.</summary>
    public static readonly HelmChart CsiDriverSmb = new("https://raw.githubusercontent.com/kubernetes-csi/csi-driver-smb/master/charts", "csi-driver-smb", "1.20.3");
}
