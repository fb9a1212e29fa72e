using ResearchPlatform.Stacks.Sections.Replication;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The replication section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:replication</c>: volumes mirrored to the other site; off when absent.</summary>
    public ReplicationConfig? Replication { get; init; }
}
