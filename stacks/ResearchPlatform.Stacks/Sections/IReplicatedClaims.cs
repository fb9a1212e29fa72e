using ResearchPlatform.Components.Replication;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>
/// A section whose claims on a replicated tier must come along to the other site. With
/// <c>research-platform:replication</c> on, each set is mirrored; at a recovering site the section's
/// workloads start only once its mirrors are promoted.
/// </summary>
public interface IReplicatedClaims
{
    /// <summary>The section's claim sets on replicated tiers in this stack (none while the section is off).</summary>
    IEnumerable<ProtectedClaims> ReplicatedClaims(StackConfig config);
}
