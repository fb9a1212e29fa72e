using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Airflow;

/// <summary>The Airflow chart's values: KubernetesExecutor, the platform's database, S3 logs, secrets and sign-in.</summary>
public static class AirflowValues
{
    /// <summary>Where the CAs are mounted in every Airflow container.</summary>
    public const string CaPath = "/etc/research-platform/ca";

    /// <summary>The Airflow connection task logs are written through.</summary>
    public const string LogConnection = "platform_s3";

    /// <summary>The image's own user; the chart's pods run with its gid 0, as the image expects.</summary>
    public const long UserId = 50000;

    /// <summary>The values of <paramref name="args"/> with the broker at <paramref name="issuer"/>.</summary>
    public static MapValue Build(AirflowArgs args, string issuer, AirflowSecrets secrets) => Map(
        ("executor", "KubernetesExecutor"),
        ("airflowVersion", AirflowImages.Version),
        ("defaultAirflowRepository", AirflowImages.Repository),
        ("defaultAirflowTag", AirflowImages.Tag),
        ("images", Map(
            ("airflow", Map(("repository", AirflowImages.Repository), ("tag", AirflowImages.Tag))),
            ("gitSync", Map(("repository", AirflowImages.GitSyncRepository), ("tag", AirflowImages.GitSyncTag))),
            ("statsd", Map(("repository", AirflowImages.StatsdRepository), ("tag", AirflowImages.StatsdTag))))),
        ("securityContexts", Map(
            ("pod", Map(
                ("runAsNonRoot", true),
                ("runAsUser", UserId),
                ("runAsGroup", 0),
                ("fsGroup", 0),
                ("seccompProfile", Map(("type", "RuntimeDefault"))))),
            ("containers", Restricted))),

        // Bundled services off: the platform PostgreSQL holds the metadata, S3 the logs; the
        // KubernetesExecutor needs no broker. The StatsD exporter stays: Airflow has no Prometheus
        // endpoint of its own, it sends StatsD, which the exporter serves as metrics.
        ("postgresql", Map(("enabled", false))),
        ("redis", Map(("enabled", false))),
        ("pgbouncer", Map(("enabled", false))),
        ("statsd", Map(
            ("resources", ContainerResources.Of("20m", "64Mi", "200m", "256Mi")),

            // The exporter's pod takes only its own contexts, not the chart-wide ones; it runs as nobody.
            ("securityContexts", Map(
                ("pod", Map(("runAsNonRoot", true), ("runAsUser", 65534), ("runAsGroup", 65534), ("seccompProfile", Map(("type", "RuntimeDefault"))))),
                ("container", Restricted))))),
        ("flower", Map(("enabled", false))),
        ("createUserJob", Map(("enabled", false))),
        ("networkPolicies", Map(("enabled", false))),
        ("data", Map(("metadataSecretName", secrets.Metadata))),
        ("fernetKeySecretName", secrets.Keys),
        ("apiSecretKeySecretName", secrets.Keys),
        ("jwtSecretName", secrets.Keys),
        ("volumes", List(Map(("name", "platform-ca"), ("configMap", Map(("name", secrets.Certificates)))))),
        ("volumeMounts", List(Map(("name", "platform-ca"), ("mountPath", CaPath), ("readOnly", true)))),
        ("env", List(Map(("name", "AWS_CA_BUNDLE"), ("value", $"{CaPath}/s3-ca.crt")))),
        ("secret", List(Map(("envName", $"AIRFLOW_CONN_{LogConnection.ToUpperInvariant()}"), ("secretName", secrets.Platform), ("secretKey", "log-connection")))),
        ("logs", Map(("persistence", Map(("enabled", false))))),
        ("migrateDatabaseJob", Map(("resources", ContainerResources.Of("100m", "256Mi", "1", "1Gi")))),
        ("scheduler", Map(("resources", ContainerResources.Of("250m", "512Mi", "1", "2Gi")), ("logGroomerSidecar", Groomer))),
        ("dagProcessor", Map(("resources", ContainerResources.Of("100m", "512Mi", "1", "1Gi")), ("logGroomerSidecar", Groomer))),
        ("triggerer", Map(("persistence", Map(("enabled", false))), ("resources", ContainerResources.Of("100m", "512Mi", "1", "1Gi")), ("logGroomerSidecar", Groomer))),
        ("workers", Map(("persistence", Map(("enabled", false))), ("resources", ContainerResources.Of("500m", "1Gi", "2", "4Gi")))),
        ("apiServer", Map(
            ("replicas", 2),
            ("resources", ContainerResources.Of("250m", "1Gi", "1", "2Gi")),
            ("apiServerConfig", AirflowLogin.Source(args, issuer)),
            ("env", List(
                Map(("name", AirflowLogin.ClientSecretVariable), ("valueFrom", Map(("secretKeyRef", Map(("name", secrets.Platform), ("key", "oauth-client-secret")))))),

                // Only the API server talks to the broker; tasks keep the image's public CAs.
                Map(("name", "REQUESTS_CA_BUNDLE"), ("value", $"{CaPath}/platform-ca.crt")))))),
        ("dags", Map(("gitSync", GitSync(args.Dags, secrets.Git)))),
        ("config", Map(
            ("core", Map(("load_examples", "False"))),
            ("api", Map(("base_url", $"https://{args.Hostname}"), ("expose_config", "False"))),
            ("logging", Map(
                ("remote_logging", "True"),
                ("remote_base_log_folder", $"s3://{args.LogBucket}/tasks"),
                ("remote_log_conn_id", LogConnection),
                ("delete_local_logs", "True"))))));

    private static MapValue Restricted => Map(
        ("allowPrivilegeEscalation", false),
        ("capabilities", Map(("drop", Strings(["ALL"])))));

    private static MapValue Groomer => Map(("resources", ContainerResources.Of("10m", "32Mi", "100m", "128Mi")));

    private static MapValue GitSync(DagRepository dags, string? credentials) => Map(
        ("enabled", true),
        ("repo", dags.Url),
        ("branch", dags.Branch),
        ("ref", dags.Branch),
        ("subPath", dags.SubPath),
        ("period", $"{dags.PeriodSeconds}s"),
        ("credentialsSecret", credentials),
        ("securityContexts", Map(("container", Restricted))),
        ("resources", ContainerResources.Of("20m", "64Mi", "200m", "256Mi")));
}
