using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>What a section composed: its components, and the handles later sections may take (a gateway, say).</summary>
/// <param name="Components">The section's components, in render order.</param>
public sealed record SectionParts(IReadOnlyList<PlanComponent> Components)
{
    /// <summary>Typed handles for the sections after this one. Default: none.</summary>
    public IReadOnlyList<object> Handles { get; init; } = [];
}
