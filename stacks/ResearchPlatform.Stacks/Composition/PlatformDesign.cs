using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Gpu;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Sections;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>
/// What a validated stack asks of each component, before anything is wired: the offline composer
/// and the Pulumi stack program build the same components from it.
/// </summary>
public sealed record PlatformDesign
{
    public required ClusterDesign Cluster { get; init; }

    public required IReadOnlyList<PlatformNamespace> Namespaces { get; init; }

    public required StorageDesign Storage { get; init; }

    /// <summary>Each section that is on, in composition order.</summary>
    public required IReadOnlyList<SectionDesign> Sections { get; init; }

    /// <summary>The GPU Operator, when the cluster has GPU pools; otherwise null.</summary>
    public GpuOperatorArgs? Gpu { get; init; }
}
