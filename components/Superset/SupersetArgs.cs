using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Superset;

/// <summary>Inputs of <see cref="Superset"/>.</summary>
public sealed record SupersetArgs
{
    /// <summary>The UI's host name, one label under the platform domain.</summary>
    public required string Hostname { get; init; }

    /// <summary>The platform's Superset image (<c>images/superset/</c>: Superset with Authlib and the PostgreSQL driver), pinned by digest.</summary>
    public required string Image { get; init; }

    /// <summary>The key that encrypts the database credentials Superset stores (a secret reference): the DR site needs the same.</summary>
    public required PlanValue SecretKey { get; init; }

    /// <summary>The platform's role groups, as the broker names them.</summary>
    public required PlatformRoles Roles { get; init; }

    /// <summary>The research database, registered as a data source, and the read-only role Superset reads it as.</summary>
    public required (string Database, string Role) Research { get; init; }

    /// <summary>The root CA (PEM) that verifies the broker, the database and the cache.</summary>
    public required string RootCertificate { get; init; }

    /// <summary>The metastore database (and role) on the platform PostgreSQL. Default: <c>superset</c>.</summary>
    public string Database { get; init; } = "superset";

    /// <summary>The broker client of the UI.</summary>
    public string ClientId { get; init; } = "superset";

    /// <summary>The namespace. Default: <c>superset</c>.</summary>
    public string Namespace { get; init; } = Superset.Namespace;

    /// <summary>The operator's namespace. Default: <c>superset-operator</c>.</summary>
    public string OperatorNamespace { get; init; } = Superset.OperatorNamespace;

    /// <summary>The operator's chart.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = SupersetCharts.Operator;
}
