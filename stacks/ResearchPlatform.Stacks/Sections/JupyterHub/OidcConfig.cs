using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary>
/// <c>research-platform:jupyterhub.authentication.oidc</c>: an OpenID Connect provider, through
/// oauthenticator's GenericOAuthenticator (which has no discovery, so the endpoints are named).
/// </summary>
public sealed record OidcConfig
{
    /// <summary>The provider's authorization endpoint (https).</summary>
    public required string AuthorizeUrl { get; init; }

    /// <summary>The provider's token endpoint (https).</summary>
    public required string TokenUrl { get; init; }

    /// <summary>The provider's userinfo endpoint (https).</summary>
    public required string UserdataUrl { get; init; }

    public required string ClientId { get; init; }

    /// <summary>The client secret (secret).</summary>
    public required SecretValue ClientSecret { get; init; }

    /// <summary>The userinfo claim that lists a user's groups. Default: <c>groups</c>.</summary>
    public string GroupsClaim { get; init; } = "groups";

    /// <summary>The claim used as the user name. Default: <c>preferred_username</c>.</summary>
    public string UsernameClaim { get; init; } = "preferred_username";
}
