using ResearchPlatform.Stacks.Sections.Superset;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The superset section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:superset</c>: dashboards (Explore and iNterpret); off when absent.</summary>
    public SupersetConfig? Superset { get; init; }
}
