namespace ResearchPlatform.Components.Compute;

/// <summary>Where in the vCenter inventory node VMs are created.</summary>
public sealed record VspherePlacement
{
    public required string Datacenter { get; init; }

    public required string ComputeCluster { get; init; }

    /// <summary>A resource pool path below the compute cluster, or null for its root pool.</summary>
    public string? ResourcePool { get; init; }

    public required string Datastore { get; init; }

    public required string Folder { get; init; }

    /// <summary>The port group of the node network.</summary>
    public required string PortGroup { get; init; }

    /// <summary>The cloud-image template to clone.</summary>
    public required string Template { get; init; }

    public bool ThinProvisioned { get; init; } = true;

    /// <summary>vSphere tags for every node VM, category to tag name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];
}
