using ResearchPlatform.Components.JupyterHub;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.authentication</c>.</summary>
public sealed record AuthenticationConfig
{
    /// <summary><c>ldap</c> (Active Directory) or <c>oidc</c>. Default: <c>ldap</c>.</summary>
    public AuthMethod Method { get; init; } = AuthMethod.Ldap;

    /// <summary>The directory, for <c>ldap</c>.</summary>
    public LdapConfig? Ldap { get; init; }

    /// <summary>The OpenID Connect provider, for <c>oidc</c>.</summary>
    public OidcConfig? Oidc { get; init; }

    /// <summary>
    /// The groups allowed in: full AD DNs for <c>ldap</c> and <c>broker</c>, group claim values for
    /// <c>oidc</c> (required there). Default: <c>research-platform:identity.groups</c>.
    /// </summary>
    public Identity.AccessGroupsConfig? Groups { get; init; }
}
