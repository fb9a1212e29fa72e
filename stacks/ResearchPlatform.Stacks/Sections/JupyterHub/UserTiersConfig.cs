namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.tiers</c>: what each group of users gets.</summary>
public sealed record UserTiersConfig
{
    public required UserTierConfig Students { get; init; }

    public required UserTierConfig Researchers { get; init; }
}
