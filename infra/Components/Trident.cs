using Pulumi;
using ResearchPlatform.Components.Plan;
using CoreTrident = ResearchPlatform.Components.Storage.Trident;

namespace ResearchPlatform.Infra.Components;

/// <summary>The Trident operator and the Job that completes once Trident's CRDs are established.</summary>
public sealed class Trident : PlatformComponentResource
{
    internal Trident(PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(CoreTrident.Type, part.Name, options)
    {
        Realize(part, context, uses);
        Namespace = Output.Create(CoreTrident.Namespace);
        RegisterOutputs();
    }

    /// <summary>The namespace Trident runs in.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; }
}
