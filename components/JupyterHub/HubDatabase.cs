using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>The hub's PostgreSQL database.</summary>
public sealed record HubDatabase(string Host, int Port, string Name, string User, PlanValue Password, string SslMode)
{
    /// <summary>Where the hub container finds <see cref="CaCertificate"/>.</summary>
    public const string CaPath = "/usr/local/etc/jupyterhub/database/ca.crt";

    /// <summary>The PEM of the CA that signed the server's certificate, or null.</summary>
    public string? CaCertificate { get; init; }

    /// <summary>The plan resource that creates the server (the platform cluster), which the hub waits for; null for an external one.</summary>
    public Plan.PlanResource? Server { get; init; }

    /// <summary>The SQLAlchemy URL; the password travels separately (as PGPASSWORD).</summary>
    public string Url => $"postgresql+psycopg2://{User}@{Host}:{Port}/{Name}?sslmode={SslMode}{(CaCertificate is null ? "" : $"&sslrootcert={CaPath}")}";
}
