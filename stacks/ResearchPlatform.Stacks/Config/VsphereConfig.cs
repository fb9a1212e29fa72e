namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// <c>research-platform:vsphere</c>: the vCenter inventory the VMs are placed in. The connection
/// itself is the vSphere provider's own config: <c>vsphere:vsphereServer</c>, <c>vsphere:user</c>
/// and the secret <c>vsphere:password</c>.
/// </summary>
public sealed record VsphereConfig
{
    /// <summary>The vCenter datacenter.</summary>
    public required string Datacenter { get; init; }

    /// <summary>The compute cluster the VMs run on.</summary>
    public required string ComputeCluster { get; init; }

    /// <summary>A resource pool path below the compute cluster. Default: the cluster's root pool.</summary>
    public string? ResourcePool { get; init; }

    /// <summary>The datastore for VM disks.</summary>
    public required string Datastore { get; init; }

    /// <summary>The VM folder, which must exist (<c>research-platform/prod</c>).</summary>
    public required string Folder { get; init; }

    /// <summary>The port group (distributed or standard) of the node network.</summary>
    public required string PortGroup { get; init; }

    /// <summary>The Ubuntu LTS cloud-image template to clone; it must have cloud-init and VMware tools.</summary>
    public required string Template { get; init; }

    /// <summary>The guest's NIC name in the template. Default: <c>ens192</c> (VMXNET3 on Ubuntu).</summary>
    public string GuestInterface { get; init; } = "ens192";

    /// <summary>vSphere tags for every node VM, category to tag name; both must exist in vCenter. Default: none.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Thin-provision VM disks. Default: true.</summary>
    public bool ThinProvisioned { get; init; } = true;
}
