using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using CoreDrives = ResearchPlatform.Components.Storage.DepartmentDrives;

namespace ResearchPlatform.Infra.Components;

/// <summary>The SMB CSI driver and a protected, retained volume and claim per department share.</summary>
public sealed class DepartmentDrives : PlatformComponentResource
{
    internal DepartmentDrives(PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(CoreDrives.Type, part.Name, options)
    {
        Realize(part, context, uses);
        Claims = Output.Create(part.Resources.Where(r => r.Options.RetainOnDelete && r.Spec is KubernetesManifestSpec).Select(r => r.Name).ToImmutableArray());
        RegisterOutputs();
    }

    /// <summary>The claim of each share, which notebooks mount.</summary>
    [Output("claims")]
    public Output<ImmutableArray<string>> Claims { get; }
}
