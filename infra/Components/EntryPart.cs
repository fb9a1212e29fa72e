using Pulumi;
using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Infra.Components;

/// <summary>One part of the <see cref="EntryPoint"/> (the Gateway API CRDs, kube-vip, cert-manager, Traefik).</summary>
public sealed class EntryPart : PlatformComponentResource
{
    internal EntryPart(string type, PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(type, part.Name, options)
    {
        Realize(part, context, uses);
        RegisterOutputs();
    }
}
