using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Postgres;

/// <summary><c>research-platform:postgres.backup</c>: an S3 store outside the cluster it protects (the site's ONTAP S3).</summary>
public sealed record PostgresBackupConfig
{
    /// <summary>The S3 endpoint, an https URL.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The endpoint's network (CIDR): the database pods may reach it on the endpoint's port, nothing else.</summary>
    public required IPNetwork Network { get; init; }

    /// <summary>The bucket.</summary>
    public required string Bucket { get; init; }

    /// <summary>The CA that signed the endpoint's certificate (PEM).</summary>
    [MultiLine]
    public required string CaCertificate { get; init; }

    public required SecretValue AccessKeyId { get; init; }

    public required SecretValue SecretAccessKey { get; init; }

    /// <summary>The base backup schedule, six cron fields with seconds. Default: <c>0 0 2 * * *</c> (02:00 daily).</summary>
    public string Schedule { get; init; } = "0 0 2 * * *";

    /// <summary>How long backups and WAL are kept. Default: 30.</summary>
    public int RetentionDays { get; init; } = 30;

    /// <summary>The other site's backups as this site reads them; required at a standby or recovering site.</summary>
    public PostgresPeerConfig? Peer { get; init; }

    /// <summary>Allow a store inside this cluster, which a cluster-wide loss takes with the database. Default: false.</summary>
    public bool AllowInClusterTarget { get; init; }
}
