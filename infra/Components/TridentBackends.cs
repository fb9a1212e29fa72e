using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using CoreBackends = ResearchPlatform.Components.Storage.TridentBackends;

namespace ResearchPlatform.Infra.Components;

/// <summary>A TridentBackendConfig per SVM and driver, each tier a virtual pool, with the SVM credentials.</summary>
public sealed class TridentBackends : PlatformComponentResource
{
    internal TridentBackends(PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(CoreBackends.Type, part.Name, options)
    {
        Realize(part, context, uses);
        Backends = Output.Create(part.Resources.Where(r => r.Spec is KubernetesManifestSpec).Select(r => r.Name).ToImmutableArray());
        RegisterOutputs();
    }

    /// <summary>The backend resources, one per SVM and driver.</summary>
    [Output("backends")]
    public Output<ImmutableArray<string>> Backends { get; }
}
