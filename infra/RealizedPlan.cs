namespace ResearchPlatform.Infra;

/// <summary>The plan as created in Pulumi.</summary>
/// <param name="Components">Each component resource, by plan name.</param>
/// <param name="Resources">Each resource, by plan name.</param>
/// <param name="Outputs">The stack outputs.</param>
public sealed record RealizedPlan(
    IReadOnlyDictionary<string, PlatformComponent> Components,
    IReadOnlyDictionary<string, RealizedResource> Resources,
    IDictionary<string, object?> Outputs);
