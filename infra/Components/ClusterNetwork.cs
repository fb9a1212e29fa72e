using Pulumi;
using ResearchPlatform.Components.Plan;
using CoreNetwork = ResearchPlatform.Components.Cluster.ClusterNetwork;

namespace ResearchPlatform.Infra.Components;

/// <summary>The pod network: Cilium as a pinned Helm release.</summary>
public sealed class ClusterNetwork : PlatformComponentResource
{
    internal ClusterNetwork(PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(CoreNetwork.Type, part.Name, options)
    {
        Realize(part, context, uses);
        Status = Resources.Values.Single(r => r.Plan.Kind == ResourceKind.HelmRelease).Outputs["status"];
        RegisterOutputs();
    }

    /// <summary>The Cilium release's status (<c>deployed</c> once it is up).</summary>
    [Output("status")]
    public Output<string> Status { get; }
}
