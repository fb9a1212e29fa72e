using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Storage;
using CoreClasses = ResearchPlatform.Components.Storage.StorageClasses;

namespace ResearchPlatform.Infra.Components;

/// <summary>A StorageClass per tier, the snapshot controller and the VolumeSnapshotClass.</summary>
public sealed class StorageClasses : PlatformComponentResource
{
    internal StorageClasses(PlanComponent part, IReadOnlyList<StorageTier> tiers, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(CoreClasses.Type, part.Name, options)
    {
        Realize(part, context, uses);
        ClassNames = Output.Create(tiers.ToImmutableDictionary(t => t.Name, CoreClasses.ClassName, StringComparer.Ordinal));
        RegisterOutputs();
    }

    /// <summary>The StorageClass of each tier, by tier name.</summary>
    [Output("classNames")]
    public Output<ImmutableDictionary<string, string>> ClassNames { get; }
}
