using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Plan;

/// <summary>A stack output: an entry point or credential operators read after <c>pulumi up</c>.</summary>
/// <param name="Name">The output name.</param>
/// <param name="Value">The value; secret when any reference in it is.</param>
/// <param name="Description">What an operator uses it for.</param>
public sealed record StackOutput(string Name, PlanValue Value, string Description);
