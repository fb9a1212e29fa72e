using ResearchPlatform.Stacks.Sections.Checkmk;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The checkmk section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:checkmk</c>: the data center's Checkmk reads the cluster; off when absent.</summary>
    public CheckmkConfig? Checkmk { get; init; }
}
