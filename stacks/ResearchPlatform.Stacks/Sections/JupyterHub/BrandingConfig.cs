using ResearchPlatform.Stacks.Config;
namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.branding</c>: the login page.</summary>
public sealed record BrandingConfig
{
    /// <summary>The organisation named on the login page. Default: <c>Research Platform</c>.</summary>
    public string Organization { get; init; } = "Research Platform";

    /// <summary>An HTTPS URL of the logo shown on the login page. Default: JupyterHub's own logo.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>A line under the login form (whom to ask for access). Default: none.</summary>
    [MultiLine]
    public string LoginMessage { get; init; } = "";
}
