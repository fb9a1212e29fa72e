using ResearchPlatform.Components.Compute;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Topology;

/// <summary>
/// The nodes a cluster config describes. Names and addresses are derived here and nowhere else:
/// node n of a pool gets <c>&lt;cluster&gt;-&lt;pool&gt;-n</c> and the pool's first address plus n-1.
/// </summary>
public static class ClusterTopology
{
    /// <summary>The pool name of the control plane.</summary>
    public const string ControlPlanePool = Components.Compute.ControlPlane.PoolName;

    /// <summary>The most nodes a cluster of this tool may have.</summary>
    public const int MaxNodes = 1000;

    /// <summary>How many nodes the cluster asks for, negative counts taken as none.</summary>
    public static long Size(ClusterConfig cluster) =>
        Math.Max(cluster.ControlPlane.Count, 0) + cluster.WorkerPools.Sum(p => (long)Math.Max(p.Count, 0));

    /// <summary>The cluster's nodes in order: control plane, then each pool; none when it asks for more than <see cref="MaxNodes"/>.</summary>
    public static IReadOnlyList<ClusterNode> Nodes(ClusterConfig cluster)
    {
        // Counts are judged before anything is built: a cluster larger than this has no nodes here,
        // and ClusterShapeRules reports it, so no count can make the tool build billions of nodes.
        if (Size(cluster) > MaxNodes)
        {
            return [];
        }

        var nodes = new List<ClusterNode>();
        var cp = cluster.ControlPlane;
        for (var i = 0; i < cp.Count; i++)
        {
            nodes.Add(new ClusterNode
            {
                Name = $"{cluster.Name}-{ControlPlanePool}-{i + 1}",
                Index = i + 1,
                Role = i == 0 ? NodeRole.InitControlPlane : NodeRole.JoinControlPlane,
                Pool = ControlPlanePool,
                ConfigPath = ConfigPath.Child(ConfigPath.Section("cluster"), "controlPlane"),
                Address = Ipv4.Add(cp.FirstIp, i),
                Cpu = cp.Cpu,
                MemoryGiB = cp.MemoryGiB,
                DiskGiB = cp.DiskGiB,
            });
        }

        for (var p = 0; p < cluster.WorkerPools.Count; p++)
        {
            var pool = cluster.WorkerPools[p];
            for (var i = 0; i < pool.Count; i++)
            {
                nodes.Add(new ClusterNode
                {
                    Name = $"{cluster.Name}-{pool.Name}-{i + 1}",
                    Index = i + 1,
                    Role = NodeRole.Worker,
                    Pool = pool.Name,
                    ConfigPath = ConfigPath.Item(ConfigPath.Child(ConfigPath.Section("cluster"), "workerPools"), p),
                    Address = Ipv4.Add(pool.FirstIp, i),
                    Cpu = pool.Cpu,
                    MemoryGiB = pool.MemoryGiB,
                    DiskGiB = pool.DiskGiB,
                    Labels = pool.Labels,
                    Gpu = pool.Gpu,
                });
            }
        }

        return nodes;
    }
}
