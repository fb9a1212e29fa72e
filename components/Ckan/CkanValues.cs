using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Postgres;
using ResearchPlatform.Components.Valkey;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Ckan;

/// <summary>The CKAN chart's values: the platform's databases, Solr and Valkey, S3 uploads and sign-in through the broker.</summary>
public static class CkanValues
{
    /// <summary>Keitaro's image user.</summary>
    public const long UserId = 92;

    /// <summary>The extensions every CKAN pod loads.</summary>
    public const string Plugins = "envvars activity image_view text_view datatables_view datastore s3filestore oidc_pkce research_platform";

    // The image carries the university root in its system store; libpq verifies the server against it.
    private const string Verified = "?sslmode=verify-full&sslrootcert=/etc/ssl/certs/ca-certificates.crt";

    /// <summary>The values of <paramref name="args"/>.</summary>
    public static MapValue Build(CkanArgs args, string issuer, PostgresHandle postgres, ObjectStorageHandle storage, ValkeyHandle valkey, string solrUrl, PlanValue sysadminPassword)
    {
        var (repository, tag) = Images.Split(args.Image);
        var keys = storage.KeysOf(args.StorageIdentity);
        return Map(
            ("replicaCount", 2),
            ("image", Map(("repository", repository), ("tag", tag))),

            // Uploads live in S3, so no volume; the Bitnami subcharts and the chart's init jobs are off.
            ("pvc", Map(("enabled", false))),
            ("redis", Map(("enabled", false))),
            ("postgresql", Map(("enabled", false))),
            ("solr", Map(("enabled", false), ("initialize", Map(("enabled", false))))),
            ("podSecurityContext", Map(
                ("runAsNonRoot", true),
                ("runAsUser", UserId),
                ("runAsGroup", UserId),
                ("fsGroup", UserId),
                ("seccompProfile", Map(("type", "RuntimeDefault"))))),
            ("securityContext", Map(
                ("allowPrivilegeEscalation", false),
                ("capabilities", Map(("drop", Strings(["ALL"])))))),
            ("resources", ContainerResources.Of("250m", "1Gi", "2", "2Gi")),
            ("ckan", Map(
                ("sysadminName", "ckan_admin"),
                ("sysadminPassword", sysadminPassword),
                ("sysadminApiToken", sysadminPassword),
                ("sysadminEmail", $"ckan-admin@{args.Hostname}"),
                ("siteTitle", args.SiteTitle),
                ("siteId", "research-platform"),
                ("siteUrl", $"https://{args.Hostname}"),
                ("ckanPlugins", Plugins),
                ("storagePath", "/tmp/ckan"),
                ("activityStreamsEmailNotifications", "false"),
                ("smtp", Map(("password", ""))),

                // The chart's workers wait with images it does not let a stack pin; background jobs are not used.
                ("workers", List()),
                ("psql", Map(("initialize", false), ("masterUser", args.Database), ("masterPassword", postgres.Password(args.Database)), ("masterDatabase", args.Database))),
                ("solr", solrUrl),
                ("redis", Text("rediss://:", valkey.Password, $"@{valkey.Host}:{valkey.Port}/0?ssl_ca_certs=/etc/ssl/certs/ca-certificates.crt")),
                ("db", Map(
                    ("ckanDbUrl", $"{postgres.Host}:{postgres.Port}"),
                    ("ckanDbName", args.Database + Verified),
                    ("ckanDbUser", args.Database),
                    ("ckanDbPassword", postgres.Password(args.Database)))),
                ("datastore", Map(
                    ("RwDbUrl", $"{postgres.Host}:{postgres.Port}"),
                    ("RwDbName", args.Datastore + Verified),
                    ("RwDbUser", args.Datastore),
                    ("RwDbPassword", postgres.Password(args.Datastore)),
                    ("RoDbUrl", $"{postgres.Host}:{postgres.Port}"),
                    ("RoDbName", args.Datastore + Verified),
                    ("RoDbUser", args.DatastoreReader),
                    ("RoDbPassword", postgres.Password(args.DatastoreReader)))),
                ("extraEnv", List(
                    Env("CKANEXT__OIDC_PKCE__BASE_URL", issuer),
                    Env("CKANEXT__OIDC_PKCE__CLIENT_ID", args.ClientId),
                    Secret("CKANEXT__OIDC_PKCE__CLIENT_SECRET", "ckan-platform", "oauth-client-secret"),
                    Env("CKANEXT__OIDC_PKCE__SCOPE", "openid email profile groups"),
                    Env("CKANEXT__OIDC_PKCE__USE_SAME_ID", "true"),
                    Env("RESEARCH_PLATFORM_ADMINS", args.Roles.Admins),
                    Env("RESEARCH_PLATFORM_RESEARCHERS", args.Roles.Researchers),
                    Env("RESEARCH_PLATFORM_STUDENTS", args.Roles.Students),
                    Env("CKANEXT__S3FILESTORE__AWS_BUCKET_NAME", args.Bucket),
                    Env("CKANEXT__S3FILESTORE__HOST_NAME", storage.Endpoint),
                    Env("CKANEXT__S3FILESTORE__REGION_NAME", "us-east-1"),
                    Env("CKANEXT__S3FILESTORE__SIGNATURE_VERSION", "s3v4"),
                    Secret("CKANEXT__S3FILESTORE__AWS_ACCESS_KEY_ID", "ckan-platform", "s3-access-key-id"),
                    Secret("CKANEXT__S3FILESTORE__AWS_SECRET_ACCESS_KEY", "ckan-platform", "s3-secret-access-key"),
                    Env("AWS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"))))));
    }

    private static PlanValue Env(string name, string value) => Map(("name", name), ("value", value));

    private static PlanValue Secret(string name, string secret, string key) =>
        Map(("name", name), ("valueFrom", Map(("secretKeyRef", Map(("name", secret), ("key", key))))));
}
