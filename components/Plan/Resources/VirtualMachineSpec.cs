using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>
/// A vSphere VM cloned from a template and configured by cloud-init through <c>guestinfo</c>.
/// The inventory names (datacenter, cluster, datastore, network, template) are looked up by the
/// realizer through vSphere data sources.
/// </summary>
public sealed record VirtualMachineSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.VirtualMachine;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } =
    [
        new("id", false),
        new("moid", false),
        new("uuid", false),
        new("defaultIpAddress", false),
    ];

    /// <summary>A VM is a clone: another template or datacenter means another VM.</summary>
    public override IReadOnlyList<string> ReplacedBy => ["datacenter", "template"];

    /// <summary>The VM's name in vCenter, which is also its host name.</summary>
    public required string VmName { get; init; }

    public required string Datacenter { get; init; }

    public required string ComputeCluster { get; init; }

    /// <summary>A resource pool path below the compute cluster, or null for the cluster's root pool.</summary>
    public string? ResourcePool { get; init; }

    public required string Datastore { get; init; }

    public required string Folder { get; init; }

    /// <summary>The port group the VM's one NIC attaches to.</summary>
    public required string Network { get; init; }

    /// <summary>The template VM to clone.</summary>
    public required string Template { get; init; }

    public required int NumCpus { get; init; }

    public required int MemoryMiB { get; init; }

    /// <summary>Reserve all of <see cref="MemoryMiB"/> on the host and lock the reservation to it: a VM with a vGPU powers on only so.</summary>
    public bool ReserveAllMemory { get; init; }

    public required IReadOnlyList<VirtualMachineDisk> Disks { get; init; }

    /// <summary>The static address cloud-init configures (for the reader; the metadata carries it).</summary>
    public required string Ipv4Address { get; init; }

    /// <summary>vSphere tags, as (category, tag) names that exist in vCenter.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>
    /// How long creation waits for the guest to report an address not in <see cref="IgnoredGuestIps"/>.
    /// Default: 5 minutes, vSphere's own default.
    /// </summary>
    public int GuestNetWaitMinutes { get; init; } = 5;

    /// <summary>Guest addresses (or CIDRs) the wait ignores.</summary>
    public IReadOnlyList<string> IgnoredGuestIps { get; init; } = [];

    /// <summary>A note shown in vCenter.</summary>
    public required string Annotation { get; init; }

    /// <summary>The cloud-init user-data document.</summary>
    public required PlanValue UserData { get; init; }

    /// <summary>The cloud-init metadata document (instance id, host name, network config).</summary>
    public required PlanValue MetaData { get; init; }

    /// <summary>How <see cref="UserData"/> and <see cref="MetaData"/> are encoded into ExtraConfig.</summary>
    public CloudInitEncoding Encoding { get; init; } = CloudInitEncoding.GzipBase64;

    protected override MapValue BuildProperties() => Map(
        ("vmName", VmName),
        ("datacenter", Datacenter),
        ("computeCluster", ComputeCluster),
        ("resourcePool", ResourcePool),
        ("datastore", Datastore),
        ("folder", Folder),
        ("network", Network),
        ("template", Template),
        ("numCpus", NumCpus),
        ("memoryMiB", MemoryMiB),
        ("memoryReservationMiB", ReserveAllMemory ? MemoryMiB : null),
        ("disks", List(Disks.Select(d => (PlanValue)Map(("label", d.Label), ("sizeGiB", d.SizeGiB), ("thinProvisioned", d.ThinProvisioned))))),
        ("ipv4Address", Ipv4Address),
        ("annotation", Annotation),
        ("tags", List(Tags.Select(t => (PlanValue)Map(("category", t.Key), ("tag", t.Value))))),
        ("guestNetWaitMinutes", GuestNetWaitMinutes),
        ("ignoredGuestIps", Strings(IgnoredGuestIps)),
        ("cloudInitEncoding", CloudInitEncoder.Name(Encoding)),
        ("userData", UserData),
        ("metaData", MetaData));
}
