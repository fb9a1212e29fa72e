using ResearchPlatform.Stacks.Sections.Ckan;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The ckan section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:ckan</c>: the data catalog (Obtain); off when absent.</summary>
    public CkanConfig? Ckan { get; init; }
}
