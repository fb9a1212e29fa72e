using ResearchPlatform.Components.Platform;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A tool's address as notebooks see it.</summary>
/// <param name="Variable">The environment variable that holds it (<c>CKAN_URL</c>).</param>
/// <param name="Url">The URL.</param>
/// <param name="Egress">What lets notebooks reach it; the hub's namespace limits it to notebook pods.</param>
public sealed record NotebookService(string Variable, string Url, EgressAllowance Egress);
