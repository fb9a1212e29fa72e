using Pulumi;
using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan;
using KubernetesProvider = Pulumi.Kubernetes.Provider;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// An HA Kubernetes cluster on vSphere: its PKI, the control-plane pool, the worker pools, the
/// provider that reaches its API, and the pod network, each a child component. Every component
/// that runs on the cluster takes it as its handle.
/// </summary>
public sealed class KubernetesCluster : PlatformComponentResource
{
    public KubernetesCluster(string name, KubernetesClusterArgs args, ComponentResourceOptions? options = null)
        : base(KubernetesClusterLayer.Type, name, options)
    {
        Design = args.Design;
        Parts = KubernetesClusterLayer.Build(args.Design, name);
        Context = new RealizationContext();
        Realize(Parts.Parent, Context);
        Pki = new ClusterPki(Parts.Pki, Context, Child());
        ControlPlane = new NodePool(Parts.ControlPlane, Context, Child(), Pki);
        WorkerPools = Parts.WorkerPools.Select(pool => new NodePool(pool, Context, Child(), Pki, ControlPlane)).ToList();
        Access = new ClusterAccess(Parts.Access, Context, Child(), Pki, ControlPlane);
        Network = new ClusterNetwork(Parts.Network, Context, Child(), Access);

        ApiServer = Output.Create(Parts.ApiServer);
        ApiVip = Output.Create(Parts.ApiVip);
        Kubeconfig = Output.CreateSecret(Values(Context).Text(Parts.Kubeconfig));
        RegisterOutputs();
    }

    /// <summary>The API server URL behind the VIP.</summary>
    [Output("apiServer")]
    public Output<string> ApiServer { get; }

    /// <summary>The virtual IP kube-vip announces for the API.</summary>
    [Output("apiVip")]
    public Output<string> ApiVip { get; }

    /// <summary>The cluster-admin kubeconfig (secret).</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; }

    /// <summary>The Kubernetes provider every component on this cluster goes through.</summary>
    public KubernetesProvider Provider => (KubernetesProvider)Access.Resources[Parts.Provider.Name].Resource;

    public ClusterPki Pki { get; }

    public NodePool ControlPlane { get; }

    public IReadOnlyList<NodePool> WorkerPools { get; }

    public ClusterAccess Access { get; }

    public ClusterNetwork Network { get; }

    /// <summary>What the cluster was built from, for pools added later.</summary>
    public ClusterDesign Design { get; }

    internal ClusterParts Parts { get; }

    internal RealizationContext Context { get; }

    /// <summary>The plan's provider resource, which components on the cluster are wired to.</summary>
    internal PlanResource ProviderPlan => Parts.Provider;
}
