using ResearchPlatform.Components.Monitoring;
using k8s.Models;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Postgres;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Airflow;

/// <summary>
/// Apache Airflow from the official chart, pinned: the KubernetesExecutor (a pod per task), DAGs
/// synced from Git, the metadata database on the platform PostgreSQL, task logs in S3, and sign-in
/// through the broker with the platform's groups as Airflow roles. The keys that encrypt or sign
/// stored data come from config, because the DR site must read the same database.
/// </summary>
public static class Airflow
{
    public const string Type = "research-platform:airflow:Airflow";

    /// <summary>The namespace Airflow runs in.</summary>
    public const string Namespace = "airflow";

    /// <summary>The API server's port (UI and REST API).</summary>
    public const int Port = 8080;

    /// <summary>The bucket Airflow writes task logs to.</summary>
    public const string LogBucket = "airflow-logs";

    /// <summary>The API server's Service, as the chart names it for release <c>airflow</c>.</summary>
    public const string Service = "airflow-api-server";

    /// <summary>The StatsD exporter's scrape port, where Airflow's scheduler, DAG and task metrics appear.</summary>
    public static ScrapeTarget Metrics { get; } =
        new("airflow", Namespace, ScrapeTarget.Selecting(("tier", "airflow"), ("component", "statsd"), ("release", "airflow")), "statsd-scrape", 9102);

    private static readonly AirflowSecrets Names = new("airflow-metadata", "airflow-keys", "airflow-platform", "airflow-ca", null);

    /// <summary>What Airflow waits for: its namespace, the Gateway, the broker, the database and the S3 store.</summary>
    public static KubernetesWiring Wiring(AirflowArgs args, PlanResource provider, PlanComponent namespaces, GatewayHandle gateway, IdentityHandle identity, PostgresHandle postgres, ObjectStorageHandle storage) => new(provider)
    {
        After =
        [
            Platform.Namespaces.Of(namespaces, args.Namespace),
            gateway.Ready,
            identity.Ready,
            postgres.Ready,
            .. storage.Ready is { } store ? [store] : Array.Empty<PlanResource>(),
        ],
    };

    /// <exception cref="ArgumentException">A handle lacks what Airflow needs (its role, its bucket, its client).</exception>
    public static PlanComponent Build(AirflowArgs args, KubernetesWiring on, GatewayHandle gateway, IdentityHandle identity, PostgresHandle postgres, ObjectStorageHandle storage, string name = "airflow")
    {
        _ = storage.Bucket(args.LogBucket, $"Airflow at {args.Hostname}");

        var names = args.Dags.Username is null ? Names : Names with { Git = "airflow-git-credentials" };
        var keys = storage.KeysOf(args.StorageIdentity);
        var logConnection = new JsonDocumentValue(Map(
            ("conn_type", "aws"),
            ("login", keys.AccessKeyId),
            ("password", keys.SecretAccessKey),
            ("extra", Map(("endpoint_url", storage.Endpoint), ("region_name", "us-east-1"), ("verify", $"{AirflowValues.CaPath}/s3-ca.crt")))));
        List<PlanResource> secrets =
        [
            on.Secret(names.Metadata, args.Namespace, ("connection", Text(
                $"postgresql://{args.Database}:", postgres.Password(args.Database),
                $"@{postgres.Host}:{postgres.Port}/{args.Database}?sslmode=verify-full&sslrootcert={AirflowValues.CaPath}/postgres-ca.crt"))),
            on.Secret(names.Keys, args.Namespace, ("fernet-key", args.FernetKey), ("api-secret-key", args.ApiSecretKey), ("jwt-secret", args.JwtSecret)),
            on.Secret(names.Platform, args.Namespace, ("log-connection", logConnection), ("oauth-client-secret", identity.Secret(args.ClientId))),
            .. names.Git is { } git
                ? [on.Secret(git, args.Namespace,
                    ("GIT_SYNC_USERNAME", args.Dags.Username!), ("GIT_SYNC_PASSWORD", args.Dags.Token!),
                    ("GITSYNC_USERNAME", args.Dags.Username!), ("GITSYNC_PASSWORD", args.Dags.Token!))]
                : Array.Empty<PlanResource>(),
        ];
        var certificates = on.Manifest(names.Certificates, [], KubernetesObjects.ConfigMap(names.Certificates, args.Namespace, new Dictionary<string, string>
            {
                ["platform-ca.crt"] = args.RootCertificate,
                ["postgres-ca.crt"] = postgres.RootCertificate,
                ["s3-ca.crt"] = storage.CaCertificate,
            }));
        var release = new PlanResource
        {
            Name = "airflow",
            Provider = on.ProviderName,
            DependsOn = [.. secrets.Select(s => s.Name), certificates.Name, .. on.AfterNames],
            Spec = new HelmReleaseSpec
            {
                ReleaseName = "airflow",
                Chart = args.Chart,
                Namespace = args.Namespace,

                // The database migration runs as a hook before the servers start.
                TimeoutSeconds = 1200,
                Values = AirflowValues.Build(args, identity.Issuer, names),
            },
        };
        var route = new PlanResource
        {
            Name = "airflow-route",
            Provider = on.ProviderName,
            DependsOn = [release.Name, gateway.Ready.Name],
            Spec = new KubernetesManifestSpec { Objects = [HttpRoutes.To(gateway, "airflow", args.Namespace, args.Hostname, Service, Port)] },
        };
        return new PlanComponent(Type, name, [.. secrets, certificates, release, route]);
    }

}
