namespace ResearchPlatform.Components.Compute;

/// <summary>What every node of one cluster shares.</summary>
public sealed record ClusterSettings
{
    public required string ClusterName { get; init; }

    /// <summary>The exact Kubernetes version, without a leading <c>v</c> (<c>1.35.6</c>).</summary>
    public required string KubernetesVersion { get; init; }

    /// <summary>The API server's virtual IP, announced by kube-vip.</summary>
    public required string ApiVip { get; init; }

    /// <summary>The API server port. Default: 6443.</summary>
    public int ApiPort { get; init; } = 6443;

    public required string PodSubnet { get; init; }

    public required string ServiceSubnet { get; init; }

    /// <summary>The DNS domain of node host names.</summary>
    public required string Domain { get; init; }

    public required string Timezone { get; init; }

    public required NodeNetworkSettings Network { get; init; }

    public required VspherePlacement Placement { get; init; }

    /// <summary>Break-glass SSH keys for the <c>ubuntu</c> user.</summary>
    public IReadOnlyList<string> SshAuthorizedKeys { get; init; } = [];

    /// <summary>The kube-vip image, pinned. Default: <c>ghcr.io/kube-vip/kube-vip:v1.0.4</c>.</summary>
    public string KubeVipImage { get; init; } = "ghcr.io/kube-vip/kube-vip:v1.0.4";

    /// <summary>The control-plane endpoint, <c>VIP:port</c>.</summary>
    public string ControlPlaneEndpoint => $"{ApiVip}:{ApiPort}";

    /// <summary>The API server URL.</summary>
    public string ApiServerUrl => $"https://{ControlPlaneEndpoint}";

    /// <summary>The <c>major.minor</c> of the Kubernetes version, which names its package repository.</summary>
    public string KubernetesMinor => string.Join('.', KubernetesVersion.Split('.').Take(2));
}
