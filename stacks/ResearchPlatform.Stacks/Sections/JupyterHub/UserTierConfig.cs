namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.tiers.&lt;group&gt;</c>.</summary>
public sealed record UserTierConfig
{
    /// <summary>The <c>storage.tiers[].name</c> of the users' home volumes.</summary>
    public required string StorageTier { get; init; }

    /// <summary>The home volume's size, a Kubernetes quantity.</summary>
    public required string Capacity { get; init; }

    /// <summary>The <c>profiles[].slug</c>s these users may start.</summary>
    public required IReadOnlyList<string> Profiles { get; init; }
}
