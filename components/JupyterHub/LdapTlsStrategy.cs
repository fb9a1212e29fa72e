namespace ResearchPlatform.Components.JupyterHub;

/// <summary>When the LDAP connection is encrypted (ldapauthenticator's <c>tls_strategy</c>).</summary>
public enum LdapTlsStrategy
{
    /// <summary>LDAPS: TLS from the first byte (port 636).</summary>
    OnConnect,

    /// <summary>StartTLS before binding (port 389).</summary>
    BeforeBind,
}
