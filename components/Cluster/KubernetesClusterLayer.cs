using ResearchPlatform.Components.Compute;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Cluster;

/// <summary>
/// An HA Kubernetes cluster from vSphere VMs: its PKI, the control plane, the worker pools, the
/// provider that reaches its API, and the pod network.
/// </summary>
public static class KubernetesClusterLayer
{
    /// <summary>The component type of the cluster, the parent of its PKI, nodes, access and network.</summary>
    public const string Type = "research-platform:cluster:KubernetesCluster";

    public static ClusterParts Build(ClusterDesign design, string name = "cluster")
    {
        var settings = design.Settings;
        var cluster = new PlanComponent(Type, name, []);
        var pki = ClusterPki.Build(new ClusterPkiArgs { ClusterName = settings.ClusterName }, cluster.Name);
        var controlPlane = Compute.ControlPlane.Build(
            new NodePoolArgs { PoolName = Compute.ControlPlane.PoolName, Settings = settings, Pki = pki, Nodes = design.ControlPlane },
            cluster.Name);
        var initNode = design.ControlPlane[0].ResourceName;
        var pools = design.WorkerPools.Select(pool => WorkerPool.Build(
            new NodePoolArgs { PoolName = pool.Name, Settings = settings, Pki = pki, Nodes = pool.Nodes },
            initNode,
            cluster.Name)).ToList();
        var (access, provider) = ClusterAccess.Build(settings, pki, initNode, cluster.Name);
        var network = ClusterNetwork.Build(
            new ClusterNetworkArgs { ClusterName = settings.ClusterName, ApiVip = settings.ApiVip },
            new KubernetesWiring(provider),
            cluster.Name);
        return new ClusterParts
        {
            Parent = cluster,
            Pki = pki,
            ControlPlane = controlPlane,
            WorkerPools = pools,
            Access = access,
            Provider = provider,
            Network = network,
            ApiServer = settings.ApiServerUrl,
            ApiVip = settings.ApiVip,
            Kubeconfig = ((KubernetesProviderSpec)provider.Spec).Kubeconfig,
        };
    }
}
