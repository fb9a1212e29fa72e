using ResearchPlatform.Stacks.Recovery;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The recovery section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:recovery</c>: the recovery target and the runbook's model; defaults when absent.</summary>
    public RecoveryConfig Recovery { get; init; } = new();
}
