namespace ResearchPlatform.Stacks.Policy;

/// <summary>An allowed exception to a rule: what it covers and why it is needed.</summary>
/// <param name="Rule">The rule it exempts from.</param>
/// <param name="Subject">What it covers: a namespace, or an object as <c>Kind namespace/name</c>, or an image name.</param>
/// <param name="Reason">Why the platform needs it.</param>
public sealed record PolicyException(string Rule, string Subject, string Reason);
