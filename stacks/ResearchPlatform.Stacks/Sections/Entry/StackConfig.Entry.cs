using ResearchPlatform.Stacks.Sections.Entry;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The entry section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:entry</c>: the TLS entry point.</summary>
    public required EntryConfig Entry { get; init; }
}
