using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub</c>: the hub, its login, tiers, profiles and operations.</summary>
public sealed record JupyterHubConfig
{
    /// <summary>The hub's public host name, served by the platform's TLS entry point.</summary>
    public required string Hostname { get; init; }


    /// <summary>Login: AD over LDAPS or OIDC, and the groups allowed in.</summary>
    public required AuthenticationConfig Authentication { get; init; }

    /// <summary>
    /// The key that encrypts auth state in the hub database (32 bytes, hex; secret). The DR site
    /// restores that database, so both stacks must carry the very same value.
    /// </summary>
    public SecretValue? AuthStateKey { get; init; }

    /// <summary>The hub database on PostgreSQL.</summary>
    public HubDatabaseConfig Database { get; init; } = new();

    /// <summary>What students and researchers get.</summary>
    public required UserTiersConfig Tiers { get; init; }

    /// <summary>The server profiles users choose from. Default: the paper's Basic and Data Science.</summary>
    public IReadOnlyList<ProfileConfig> Profiles { get; init; } = ProfileConfig.Defaults;

    /// <summary>The login page's branding.</summary>
    public BrandingConfig Branding { get; init; } = new();

    /// <summary>When idle and old servers are stopped.</summary>
    public CullingConfig Culling { get; init; } = new();
}
