namespace ResearchPlatform.Components.Compute;

/// <summary>A taint a node registers with.</summary>
public sealed record NodeTaint(string Key, string Value, string Effect);
