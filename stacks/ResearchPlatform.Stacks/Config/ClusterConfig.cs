using System.Net;

namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:cluster</c>: the HA Kubernetes cluster.</summary>
public sealed record ClusterConfig
{
    /// <summary>The cluster name, a DNS label; VM names start with it.</summary>
    public required string Name { get; init; }

    /// <summary>The Kubernetes version, pinned (<c>1.35.6</c>). Default: 1.35.6.</summary>
    public string KubernetesVersion { get; init; } = "1.35.6";

    /// <summary>The virtual IP kube-vip announces for the API server: the control-plane endpoint.</summary>
    public required IPAddress ApiVip { get; init; }

    /// <summary>The pod network. Default: 10.244.0.0/16.</summary>
    public IPNetwork PodSubnet { get; init; } = IPNetwork.Parse("10.244.0.0/16");

    /// <summary>The service network. Default: 10.96.0.0/12.</summary>
    public IPNetwork ServiceSubnet { get; init; } = IPNetwork.Parse("10.96.0.0/12");

    /// <summary>The control-plane nodes.</summary>
    public required ControlPlaneConfig ControlPlane { get; init; }

    /// <summary>Worker pools, at least one.</summary>
    public required IReadOnlyList<WorkerPoolConfig> WorkerPools { get; init; }

    /// <summary>The NVIDIA GPU Operator; required when a worker pool has GPUs. Default: none.</summary>
    public GpuOperatorConfig? GpuOperator { get; init; }

    /// <summary>Break-glass SSH public keys for the <c>ubuntu</c> user; nothing in the deployment uses SSH. Default: none.</summary>
    public IReadOnlyList<string> SshAuthorizedKeys { get; init; } = [];
}
