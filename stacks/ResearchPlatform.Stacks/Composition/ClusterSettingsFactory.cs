using ResearchPlatform.Components.Compute;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Topology;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>Maps the site, vsphere and cluster sections onto the compute components' inputs.</summary>
public static class ClusterSettingsFactory
{
    /// <summary>The label of every GPU node, which the GPU Operator's node discovery selects.</summary>
    public static readonly KeyValuePair<string, string> GpuNodeLabel = KeyValuePair.Create("research-platform/gpu", "true");

    /// <summary>What all nodes of the stack's cluster share.</summary>
    public static ClusterSettings Settings(StackConfig config) => new()
    {
        ClusterName = config.Cluster.Name,
        KubernetesVersion = config.Cluster.KubernetesVersion,
        ApiVip = config.Cluster.ApiVip.ToString(),
        PodSubnet = config.Cluster.PodSubnet.ToString(),
        ServiceSubnet = config.Cluster.ServiceSubnet.ToString(),
        Domain = config.Site.Domain,
        Timezone = config.Site.Timezone,
        SshAuthorizedKeys = config.Cluster.SshAuthorizedKeys,
        Network = new NodeNetworkSettings
        {
            PrefixLength = config.Site.Network.Subnet.PrefixLength,
            Gateway = config.Site.Network.Gateway.ToString(),
            DnsServers = config.Site.Network.DnsServers.Select(d => d.ToString()).ToList(),
            SearchDomains = config.Site.Network.SearchDomains,
            NtpServers = config.Site.Network.NtpServers,
            Interface = config.Vsphere.GuestInterface,
        },
        Placement = new VspherePlacement
        {
            Datacenter = config.Vsphere.Datacenter,
            ComputeCluster = config.Vsphere.ComputeCluster,
            ResourcePool = config.Vsphere.ResourcePool,
            Datastore = config.Vsphere.Datastore,
            Folder = config.Vsphere.Folder,
            PortGroup = config.Vsphere.PortGroup,
            Template = config.Vsphere.Template,
            ThinProvisioned = config.Vsphere.ThinProvisioned,
            Tags = config.Vsphere.Tags.ToList(),
        },
    };

    /// <summary>The node inputs of one pool, in order.</summary>
    public static IReadOnlyList<NodeArgs> Nodes(IEnumerable<ClusterNode> nodes) => nodes.Select(n => new NodeArgs
    {
        Name = n.Name,
        ResourceName = n.ResourceName,
        Role = n.Role,
        Address = n.Address.ToString(),
        Cpu = n.Cpu,
        MemoryGiB = n.MemoryGiB,
        DiskGiB = n.DiskGiB,
        Labels =
        [
            KeyValuePair.Create(Components.Cluster.WorkerPoolDesign.PoolLabel, n.Pool),
            .. n.Gpu is null ? [] : new[] { GpuNodeLabel, KeyValuePair.Create("research-platform/gpu-profile", n.Gpu.Profile) },
            .. n.Labels,
        ],
        Taints = n.Gpu is null ? [] : [new NodeTaint("nvidia.com/gpu", "present", "NoSchedule")],
        Template = n.Gpu?.Template,

        // A VM with a vGPU powers on only with all its memory reserved.
        ReserveAllMemory = n.Gpu is not null,
    }).ToList();
}
