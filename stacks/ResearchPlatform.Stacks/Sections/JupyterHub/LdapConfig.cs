using ResearchPlatform.Components.JupyterHub;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary><c>research-platform:jupyterhub.authentication.ldap</c>: Active Directory over LDAPS.</summary>
public sealed record LdapConfig
{
    /// <summary>The domain controllers' host name.</summary>
    public required string Server { get; init; }

    /// <summary>The port. Default: 636 (LDAPS).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 65535)]
    public int Port { get; init; } = 636;

    /// <summary><c>on-connect</c> (LDAPS) or <c>before-bind</c> (StartTLS). Default: <c>on-connect</c>.</summary>
    public LdapTlsStrategy TlsStrategy { get; init; } = LdapTlsStrategy.OnConnect;

    /// <summary>Where users are searched (<c>OU=People,DC=uni-example,DC=edu</c>).</summary>
    public required string UserSearchBase { get; init; }

    /// <summary>The attribute users log in with. Default: <c>sAMAccountName</c>.</summary>
    public string UserAttribute { get; init; } = "sAMAccountName";

    /// <summary>The DN of the service account that searches the directory.</summary>
    public required string BindDn { get; init; }

    /// <summary>That account's password (secret).</summary>
    public required SecretValue BindPassword { get; init; }
}
