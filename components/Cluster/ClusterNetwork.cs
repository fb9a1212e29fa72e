using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Cluster;

/// <summary>The pod network: Cilium, installed as a pinned Helm release once the API answers.</summary>
public static class ClusterNetwork
{
    public const string Type = "research-platform:cluster:ClusterNetwork";

    public static PlanComponent Build(ClusterNetworkArgs args, KubernetesWiring on, string? parent = null)
    {
        var cilium = new PlanResource
        {
            Name = "cilium",
            Provider = on.ProviderName,
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "cilium",
                Chart = args.Chart,
                Namespace = "kube-system",
                PrivilegedWorkloads = ["cilium-agent DaemonSet: programs each node's network (host network, NET_ADMIN, BPF)"],
                Values = Map(
                    ("cluster", Map(("name", args.ClusterName))),
                    ("k8sServiceHost", args.ApiVip),
                    ("k8sServicePort", args.ApiPort),
                    ("ipam", Map(("mode", "kubernetes"))),
                    ("kubeProxyReplacement", false),
                    ("operator", Map(("replicas", 2))),
                    ("hubble", Map(("enabled", false)))),
            },
        };
        return new PlanComponent(Type, "cluster-network", [cilium], parent);
    }
}
