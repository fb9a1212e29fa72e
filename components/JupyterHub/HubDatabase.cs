using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>The hub's PostgreSQL database.</summary>
public sealed record HubDatabase(string Host, int Port, string Name, string User, PlanValue Password, string SslMode)
{
    /// <summary>The SQLAlchemy URL; the password travels separately (as PGPASSWORD).</summary>
    public string Url => $"postgresql+psycopg2://{User}@{Host}:{Port}/{Name}?sslmode={SslMode}";
}
