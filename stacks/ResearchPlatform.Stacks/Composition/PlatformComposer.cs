using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Compute;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Topology;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>Composes the components of the platform into the plan of one validated stack.</summary>
public static class PlatformComposer
{
    /// <summary>The Pulumi project name.</summary>
    public const string Project = "research-platform";

    /// <summary>The component type of the cluster, the parent of its PKI, nodes, access and network.</summary>
    public const string ClusterType = "research-platform:cluster:KubernetesCluster";

    /// <summary>The plan of <paramref name="stack"/>.</summary>
    public static PlatformPlan Compose(LoadedStack stack)
    {
        var config = stack.Config;
        var settings = ClusterSettingsFactory.Settings(config);
        var clusterName = config.Cluster.Name;
        var nodes = ClusterTopology.Nodes(config.Cluster);

        var cluster = new PlanComponent(ClusterType, "cluster", []);
        var pki = ClusterPki.Build(new ClusterPkiArgs { ClusterName = clusterName }, cluster.Name);
        var controlPlaneNodes = ClusterSettingsFactory.Nodes(nodes.Where(n => n.IsControlPlane));
        var controlPlane = ControlPlane.Build(
            new NodePoolArgs { PoolName = ClusterTopology.ControlPlanePool, Settings = settings, Pki = pki, Nodes = controlPlaneNodes },
            cluster.Name);
        var initNode = controlPlaneNodes[0].ResourceName;
        var pools = config.Cluster.WorkerPools.Select(pool => WorkerPool.Build(
            new NodePoolArgs { PoolName = pool.Name, Settings = settings, Pki = pki, Nodes = ClusterSettingsFactory.Nodes(nodes.Where(n => !n.IsControlPlane && n.Pool == pool.Name)) },
            initNode,
            cluster.Name));
        var (access, provider) = ClusterAccess.Build(settings, pki, initNode, cluster.Name);
        var network = ClusterNetwork.Build(new ClusterNetworkArgs { ClusterName = clusterName, ApiVip = settings.ApiVip, Provider = provider.Name }, cluster.Name);
        var namespaces = Components.Platform.Namespaces.Build(PlatformNamespaces.For(config), provider.Name);
        var storage = StorageComposition.Build(config, provider.Name);
        var hub = JupyterHubComposition.Build(config, provider.Name);

        var kubeconfig = ((KubernetesProviderSpec)provider.Spec).Kubeconfig;
        return new PlatformPlan(
            Project,
            stack.Name,
            [cluster, pki.Component, controlPlane, .. pools, access, network, namespaces, .. storage, hub],
            [
                new StackOutput("hubUrl", $"https://{config.JupyterHub.Hostname}", "JupyterHub, through the platform's TLS entry point"),
                new StackOutput("apiServer", settings.ApiServerUrl, "the Kubernetes API behind the kube-vip VIP"),
                new StackOutput("apiVip", settings.ApiVip, "the control-plane virtual IP kube-vip announces"),
                new StackOutput("controlPlaneNodes", PlanValues.Strings(controlPlaneNodes.Select(n => $"{n.Name} {n.Address}")), "control-plane VMs and their addresses"),
                new StackOutput("kubeconfig", kubeconfig, "cluster-admin kubeconfig (secret): pulumi stack output kubeconfig --show-secrets"),
            ]);
    }
}
