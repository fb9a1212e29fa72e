using ResearchPlatform.Stacks.Sections.Identity;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The identity section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:identity</c>: single sign-on.</summary>
    public required IdentityConfig Identity { get; init; }
}
