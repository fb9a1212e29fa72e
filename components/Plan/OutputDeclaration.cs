namespace ResearchPlatform.Components.Plan;

/// <summary>An output a resource kind produces at deploy time.</summary>
/// <param name="Name">The output's name (the Pulumi property name in camelCase).</param>
/// <param name="Secret">Whether the value is secret.</param>
public sealed record OutputDeclaration(string Name, bool Secret);
