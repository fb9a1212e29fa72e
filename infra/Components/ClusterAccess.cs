using Pulumi;
using ResearchPlatform.Components.Plan;
using CoreAccess = ResearchPlatform.Components.Cluster.ClusterAccess;

namespace ResearchPlatform.Infra.Components;

/// <summary>The Kubernetes provider, from the kubeconfig the plan assembles; it waits for the first control-plane node.</summary>
public sealed class ClusterAccess : PlatformComponentResource
{
    internal ClusterAccess(PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(CoreAccess.Type, part.Name, options)
    {
        Realize(part, context, uses);
        RegisterOutputs();
    }
}
