using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Storage;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>The base platform a section builds on, as typed handles.</summary>
/// <param name="Cluster">The cluster: its provider, API and nodes.</param>
/// <param name="Namespaces">The namespaces component; <c>Namespaces.Of</c> finds each.</param>
/// <param name="Storage">The storage layer: classes per tier and department drives.</param>
public sealed record PlatformHandles(ClusterParts Cluster, PlanComponent Namespaces, StorageParts Storage);
