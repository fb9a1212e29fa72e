namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.culling</c>: stopping idle and old servers.</summary>
public sealed record CullingConfig
{
    /// <summary>Stop a server idle this long. Default: 60 minutes.</summary>
    public int IdleTimeoutMinutes { get; init; } = 60;

    /// <summary>Stop any server this old, idle or not (0: never). Default: 24 hours.</summary>
    public int MaxAgeHours { get; init; } = 24;
}
