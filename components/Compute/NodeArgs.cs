namespace ResearchPlatform.Components.Compute;

/// <summary>One node VM.</summary>
public sealed record NodeArgs
{
    /// <summary>The VM and host name (<c>dsp-prod-general-1</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The plan's logical name, free of the cluster name (<c>general-1</c>).</summary>
    public required string ResourceName { get; init; }

    public required NodeRole Role { get; init; }

    /// <summary>The node's static IPv4 address.</summary>
    public required string Address { get; init; }

    public required int Cpu { get; init; }

    public required int MemoryGiB { get; init; }

    public required int DiskGiB { get; init; }

    /// <summary>Labels the kubelet registers the node with.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; } = [];

    public IReadOnlyList<NodeTaint> Taints { get; init; } = [];

    /// <summary>A template to clone instead of the cluster's (a GPU template with its vGPU device), or null.</summary>
    public string? Template { get; init; }

    /// <summary>Reserve all of the VM's memory (a vGPU VM powers on only so).</summary>
    public bool ReserveAllMemory { get; init; }

    /// <summary>Whether the node runs the control plane.</summary>
    public bool IsControlPlane => Role != NodeRole.Worker;
}
