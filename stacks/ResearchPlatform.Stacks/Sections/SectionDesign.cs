namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section's arguments for one stack: what the offline composer and the Pulumi program both build from.</summary>
/// <param name="Section">The section.</param>
/// <param name="Args">Its component arguments (the section's own type).</param>
public sealed record SectionDesign(IPlatformSection Section, object Args);
