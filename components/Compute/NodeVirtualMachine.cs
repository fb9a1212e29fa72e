using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Compute;

/// <summary>One node as a vSphere VM resource.</summary>
public static class NodeVirtualMachine
{
    /// <summary>How long the first control-plane VM may take to bring up the API: packages, images and kubeadm init.</summary>
    public const int ApiWaitMinutes = 30;

    /// <summary>
    /// The VM of <paramref name="node"/>. cloud-init runs only on first boot, so later changes to
    /// its documents are ignored instead of rebooting a running node; a node takes a new
    /// bootstrap by being replaced, and its fixed address means the old VM goes first.
    /// </summary>
    public static PlanResource Build(ClusterSettings settings, NodeArgs node, ClusterPkiComponent pki, bool protect)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(node.Cpu, 2, $"node {node.Name} cpu");
        ArgumentOutOfRangeException.ThrowIfLessThan(node.MemoryGiB, 4, $"node {node.Name} memoryGiB");
        ArgumentOutOfRangeException.ThrowIfLessThan(node.DiskGiB, 40, $"node {node.Name} diskGiB");
        var placement = settings.Placement;
        return new PlanResource
        {
            Name = node.ResourceName,
            Spec = new VirtualMachineSpec
            {
                VmName = node.Name,
                Datacenter = placement.Datacenter,
                ComputeCluster = placement.ComputeCluster,
                ResourcePool = placement.ResourcePool,
                Datastore = placement.Datastore,
                Folder = placement.Folder,
                Network = placement.PortGroup,
                Template = node.Template ?? placement.Template,
                NumCpus = node.Cpu,
                MemoryMiB = node.MemoryGiB * 1024,
                ReserveAllMemory = node.ReserveAllMemory,
                Disks = [new VirtualMachineDisk("disk0", node.DiskGiB, placement.ThinProvisioned)],
                Ipv4Address = node.Address,
                Annotation = $"research-platform {settings.ClusterName}: {Describe(node.Role)}. Managed by Pulumi; do not edit by hand.",
                Tags = placement.Tags,
                GuestNetWaitMinutes = node.Role == NodeRole.InitControlPlane ? ApiWaitMinutes : 5,

                // The first node's creation completes only once the guest reports another address than
                // its own: the API VIP, which kube-vip announces only after winning its leader lease from
                // a working API server. Everything that needs the API waits for this VM.
                IgnoredGuestIps = node.Role == NodeRole.InitControlPlane ? [$"{node.Address}/32", "::/0"] : [],
                UserData = NodeCloudInit.UserData(settings, node, pki),
                MetaData = NodeCloudInit.MetaData(settings, node),
            },
            Options = new PlanResourceOptions
            {
                Protect = protect,
                DeleteBeforeReplace = true,
                IgnoreChanges = ["extraConfig"],
            },
        };
    }

    private static string Describe(NodeRole role) => role switch
    {
        NodeRole.InitControlPlane => "first control-plane node (kubeadm init)",
        NodeRole.JoinControlPlane => "control-plane node",
        _ => "worker node",
    };
}
