namespace ResearchPlatform.Stacks.Config;

/// <summary>Another site of the same platform: its stack, its stack file, and the role it states.</summary>
public sealed record SitePeer(string Stack, string Source, SiteRole Role);
