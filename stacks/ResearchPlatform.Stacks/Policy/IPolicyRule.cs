using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>A security or safety rule over the whole plan.</summary>
public interface IPolicyRule
{
    /// <summary>The rule's id, as findings and the allow-list name it.</summary>
    string Id { get; }

    /// <summary>What the rule demands, for SARIF and the README.</summary>
    string Description { get; }

    /// <summary>Every breach in <paramref name="plan"/>, whose manifest objects are <paramref name="objects"/>.</summary>
    IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects);
}
