using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Postgres;

/// <summary>Where the cluster's WAL and base backups go: an S3 store outside the cluster it protects.</summary>
public sealed record PostgresBackupArgs
{
    /// <summary>The S3 endpoint (<c>https://s3.dc-north.uni-example.edu</c>).</summary>
    public required string Endpoint { get; init; }

    public required string Bucket { get; init; }

    /// <summary>The CA that signed the endpoint's certificate (PEM).</summary>
    public required string CaCertificate { get; init; }

    /// <summary>The access key id: a secret reference.</summary>
    public required PlanValue AccessKeyId { get; init; }

    /// <summary>The secret access key: a secret reference.</summary>
    public required PlanValue SecretAccessKey { get; init; }

    /// <summary>The base backup schedule, six fields with seconds (<c>0 0 2 * * *</c>).</summary>
    public required string Schedule { get; init; }

    public required int RetentionDays { get; init; }

    /// <summary>The name this cluster archives under: the site's, so two sites never write the same WAL.</summary>
    public required string ServerName { get; init; }
}
