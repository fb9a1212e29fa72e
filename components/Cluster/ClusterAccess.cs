using ResearchPlatform.Components.Compute;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Cluster;

/// <summary>The Kubernetes provider every in-cluster resource goes through.</summary>
public static class ClusterAccess
{
    public const string Type = "research-platform:cluster:ClusterAccess";

    /// <summary>
    /// Builds the provider from the admin kubeconfig the plan assembles. It waits for the first
    /// control-plane VM, which brings up the API behind the VIP.
    /// </summary>
    public static (PlanComponent Component, PlanResource Provider) Build(ClusterSettings settings, ClusterPkiComponent pki, string initNode, string? parent = null)
    {
        var provider = new PlanResource
        {
            Name = "kubernetes",
            Spec = new KubernetesProviderSpec { Kubeconfig = Kubeconfigs.Admin(settings, pki) },
            DependsOn = [initNode],
        };
        return (new PlanComponent(Type, "cluster-access", [provider], parent), provider);
    }
}
