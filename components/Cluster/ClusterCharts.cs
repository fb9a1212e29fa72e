using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Cluster;

/// <summary>The charts the cluster layer installs, each pinned to an exact version.</summary>
public static class ClusterCharts
{
    /// <summary>Cilium 1.19.8, the pod network.</summary>
    public static readonly HelmChart Cilium = new("https://helm.cilium.io/", "cilium", "1.19.8");
}
