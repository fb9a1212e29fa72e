using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Airflow;

/// <summary>Inputs of <see cref="Airflow"/>.</summary>
public sealed record AirflowArgs
{
    /// <summary>The web UI's host name, one label under the platform domain.</summary>
    public required string Hostname { get; init; }

    /// <summary>Where the DAGs come from.</summary>
    public required DagRepository Dags { get; init; }

    /// <summary>The platform's role groups, as the broker names them.</summary>
    public required PlatformRoles Roles { get; init; }

    /// <summary>The key that encrypts connections and variables in the metadata database (a secret reference): the DR site needs the same.</summary>
    public required PlanValue FernetKey { get; init; }

    /// <summary>The API server's secret key (a secret reference), shared by both sites so sessions survive a failover.</summary>
    public required PlanValue ApiSecretKey { get; init; }

    /// <summary>The key that signs the API's JWTs (a secret reference).</summary>
    public required PlanValue JwtSecret { get; init; }

    /// <summary>The root CA (PEM) that verifies the broker behind the Gateway.</summary>
    public required string RootCertificate { get; init; }

    /// <summary>The metadata database (and role) on the platform PostgreSQL. Default: <c>airflow</c>.</summary>
    public string Database { get; init; } = "airflow";

    /// <summary>The bucket task logs are written to.</summary>
    public string LogBucket { get; init; } = Airflow.LogBucket;

    /// <summary>The S3 identity that writes the logs.</summary>
    public string StorageIdentity { get; init; } = "airflow";

    /// <summary>The broker client of the web UI.</summary>
    public string ClientId { get; init; } = "airflow";

    /// <summary>The namespace. Default: <c>airflow</c>.</summary>
    public string Namespace { get; init; } = Airflow.Namespace;

    /// <summary>The chart.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = AirflowCharts.Airflow;
}
