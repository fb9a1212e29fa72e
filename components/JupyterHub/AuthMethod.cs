namespace ResearchPlatform.Components.JupyterHub;

/// <summary>How users log in to the hub.</summary>
public enum AuthMethod
{
    /// <summary>Active Directory over LDAPS, restricted to security groups.</summary>
    Ldap,

    /// <summary>An OpenID Connect provider, for people outside the directory.</summary>
    Oidc,

    /// <summary>The platform's identity broker (single sign-on over Active Directory), as an OIDC client.</summary>
    Broker,
}
