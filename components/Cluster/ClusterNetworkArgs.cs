namespace ResearchPlatform.Components.Cluster;

/// <summary>Inputs of <see cref="ClusterNetwork"/>.</summary>
public sealed record ClusterNetworkArgs
{
    public required string ClusterName { get; init; }

    /// <summary>The API VIP, which Cilium talks to before cluster DNS exists.</summary>
    public required string ApiVip { get; init; }

    public int ApiPort { get; init; } = 6443;

    /// <summary>The Cilium chart. Default: <see cref="ClusterCharts.Cilium"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = ClusterCharts.Cilium;
}
