namespace ResearchPlatform.Stacks.Sections.Identity;

/// <summary>
/// <c>research-platform:identity.groups</c>: the platform's three roles by AD group, which every tool
/// maps to its own roles (and <c>jupyterhub.authentication.groups</c> may override for the hub).
/// </summary>
public sealed record AccessGroupsConfig
{
    /// <summary>Students: they use and read.</summary>
    public required string Students { get; init; }

    /// <summary>Researchers: they create and publish.</summary>
    public required string Researchers { get; init; }

    /// <summary>Administrators of every tool.</summary>
    public required string Admins { get; init; }
}
