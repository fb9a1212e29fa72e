using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Replication;

/// <summary>
/// What the components whose claims are mirrored wait for: at a promoting site, the promotion of
/// their namespace's mirrors, so that no workload creates a claim before its data is back.
/// </summary>
/// <param name="Relationships">The mirror relationships by namespace (none at a source site).</param>
public sealed record ReplicationHandle(IReadOnlyDictionary<string, IReadOnlyList<PlanResource>> Relationships)
{
    /// <summary>The resources a workload in <paramref name="namespace"/> creates its claims after.</summary>
    public IReadOnlyList<PlanResource> ReadyIn(string @namespace) =>
        Relationships.TryGetValue(@namespace, out var relationships) ? relationships : [];
}
