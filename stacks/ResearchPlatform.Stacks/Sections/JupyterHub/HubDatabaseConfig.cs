using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary>
/// <c>research-platform:jupyterhub.database</c>: the hub database on PostgreSQL, as the paper
/// recommends. Today an existing server; later the platform's own PostgreSQL.
/// </summary>
public sealed record HubDatabaseConfig
{
    /// <summary>An external PostgreSQL server's host name. Default: none, the platform PostgreSQL.</summary>
    public string? Host { get; init; }

    /// <summary>Default: 5432.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 65535)]
    public int Port { get; init; } = 5432;

    /// <summary>Default: <c>jupyterhub</c>.</summary>
    public string Name { get; init; } = "jupyterhub";

    /// <summary>Default: <c>jupyterhub</c>.</summary>
    public string User { get; init; } = "jupyterhub";

    /// <summary>The user's password on an external server (secret); the platform PostgreSQL generates its own.</summary>
    public SecretValue? Password { get; init; }

    /// <summary>libpq's sslmode. Default: <c>verify-full</c>.</summary>
    public string SslMode { get; init; } = "verify-full";

    /// <summary>
    /// The PEM of the CA that signed the server's certificate; required with <c>verify-ca</c> and
    /// <c>verify-full</c>, which check the server against it. Default: none.
    /// </summary>
    [MultiLine]
    public string? CaCertificate { get; init; }
}
