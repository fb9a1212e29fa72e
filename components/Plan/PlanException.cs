namespace ResearchPlatform.Components.Plan;

/// <summary>The plan's structure is broken: a defect in composition, not in the user's config.</summary>
public sealed class PlanException(IReadOnlyList<string> errors)
    : Exception("the plan is inconsistent:\n" + string.Join("\n", errors))
{
    /// <summary>Every structural error found.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}
