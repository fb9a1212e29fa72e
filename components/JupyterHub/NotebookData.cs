using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Postgres;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>
/// The research database and the object storage as every notebook finds them: libpq and AWS
/// settings in the environment and in two small files, so pandas, SQLAlchemy, psycopg, boto3 and
/// s3fs connect with no code; the tier's passwords and keys come from a Secret, never from the values.
/// </summary>
/// <param name="Database">The platform PostgreSQL.</param>
/// <param name="DatabaseName">The research database.</param>
/// <param name="Storage">The platform's S3 store.</param>
/// <param name="Tiers">Each tier's role and keys.</param>
public sealed record NotebookData(PostgresHandle Database, string DatabaseName, ObjectStorageHandle Storage, IReadOnlyList<NotebookTierData> Tiers)
{
    /// <summary>Where the files are mounted in every notebook.</summary>
    public const string MountPath = "/etc/research-platform/data";

    /// <summary>The libpq service every notebook connects to by default (<c>PGSERVICE</c>).</summary>
    public const string Service = "research";

    /// <summary>The region S3 clients sign with; the platform's stores have one and ignore its name.</summary>
    public const string Region = "us-east-1";

    /// <summary>The Secret and ConfigMap of tier <paramref name="tier"/>.</summary>
    public static string ObjectName(string tier) => $"notebook-data-{tier}";

    /// <summary>The university root CA (PEM), which verifies the platform's tools at their https URLs.</summary>
    public string? PlatformCa { get; init; }

    /// <summary>The servers notebooks wait for.</summary>
    public IEnumerable<PlanResource> Servers => Storage.Ready is { } store ? [Database.Ready, store] : [Database.Ready];

    /// <summary>The environment of tier <paramref name="tier"/>'s notebooks, passwords and keys aside.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment(NotebookTierData tier) =>
    [
        KeyValuePair.Create("PGSERVICEFILE", $"{MountPath}/pg_service.conf"),
        KeyValuePair.Create("PGSERVICE", Service),
        KeyValuePair.Create("PGHOST", Database.Host),
        KeyValuePair.Create("PGPORT", Database.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        KeyValuePair.Create("PGDATABASE", DatabaseName),
        KeyValuePair.Create("PGUSER", tier.Role),
        KeyValuePair.Create("PGSSLMODE", "verify-full"),
        KeyValuePair.Create("PGSSLROOTCERT", $"{MountPath}/postgres-ca.crt"),

        // SQLAlchemy and pandas take a URL; libpq adds the password from PGPASSWORD.
        KeyValuePair.Create("DATABASE_URL", $"postgresql://{tier.Role}@{Database.Host}:{Database.Port}/{DatabaseName}?sslmode=verify-full&sslrootcert={MountPath}/postgres-ca.crt"),
        KeyValuePair.Create("AWS_CONFIG_FILE", $"{MountPath}/aws-config"),
        KeyValuePair.Create("AWS_ENDPOINT_URL", Storage.Endpoint),
        KeyValuePair.Create("AWS_CA_BUNDLE", $"{MountPath}/s3-ca.crt"),
        KeyValuePair.Create("AWS_DEFAULT_REGION", Region),

        // s3fs (and so pandas' s3:// paths) on releases that predate AWS_ENDPOINT_URL.
        KeyValuePair.Create("FSSPEC_S3_ENDPOINT_URL", Storage.Endpoint),

        // For requests to the tools (verify=...); not REQUESTS_CA_BUNDLE, which would fail every public site.
        .. PlatformCa is null ? [] : new[] { KeyValuePair.Create("PLATFORM_CA_BUNDLE", $"{MountPath}/platform-ca.crt") },
    ];

    /// <summary>The files of tier <paramref name="tier"/>'s notebooks, by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Files(NotebookTierData tier) =>
    [
        KeyValuePair.Create("pg_service.conf", $"""
            [{Service}]
            host={Database.Host}
            port={Database.Port}
            dbname={DatabaseName}
            user={tier.Role}
            sslmode=verify-full
            sslrootcert={MountPath}/postgres-ca.crt

            """),
        KeyValuePair.Create("aws-config", $"""
            [default]
            endpoint_url = {Storage.Endpoint}
            ca_bundle = {MountPath}/s3-ca.crt
            region = {Region}
            s3 =
              addressing_style = path

            """),
        KeyValuePair.Create("postgres-ca.crt", Database.RootCertificate),
        KeyValuePair.Create("s3-ca.crt", Storage.CaCertificate),
        .. PlatformCa is null ? [] : new[] { KeyValuePair.Create("platform-ca.crt", PlatformCa) },
    ];
}
