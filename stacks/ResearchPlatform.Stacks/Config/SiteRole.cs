namespace ResearchPlatform.Stacks.Config;

/// <summary>What a site does for the platform (<c>research-platform:site.role</c>).</summary>
public enum SiteRole
{
    /// <summary>It serves the users; its data is the source of every replica.</summary>
    Primary,

    /// <summary>It runs the base platform and receives replicas of the primary's data; users are not sent here.</summary>
    Standby,

    /// <summary>It takes over after a disaster: its replicas are promoted and reconnected, and users are sent here.</summary>
    Recovering,
}
