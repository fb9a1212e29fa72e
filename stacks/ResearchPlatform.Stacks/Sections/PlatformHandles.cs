using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Storage;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>The platform a section builds on, as typed handles: the base layers and what earlier sections published.</summary>
/// <param name="Cluster">The cluster: its provider, API and nodes.</param>
/// <param name="Namespaces">The namespaces component; <c>Namespaces.Of</c> finds each.</param>
/// <param name="Storage">The storage layer: classes per tier and department drives.</param>
public sealed record PlatformHandles(ClusterParts Cluster, PlanComponent Namespaces, StorageParts Storage)
{
    /// <summary>The handles earlier sections published, in order.</summary>
    public IReadOnlyList<object> Published { get; init; } = [];

    /// <summary>The handle of type <typeparamref name="T"/> an earlier section published.</summary>
    /// <exception cref="InvalidOperationException">None did: the section that publishes it is missing or registered later.</exception>
    public T Require<T>(string needer) =>
        Published.OfType<T>().FirstOrDefault()
        ?? throw new InvalidOperationException($"section '{needer}' needs a {typeof(T).Name}, which no section registered before it in PlatformSections.All publishes");

    /// <summary>These handles with <paramref name="parts"/>' handles added.</summary>
    public PlatformHandles With(SectionParts parts) => this with { Published = [.. Published, .. parts.Handles] };
}
