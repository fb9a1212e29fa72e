using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>kube-prometheus-stack's values: retention and storage, every namespace's monitors, the receiver, Grafana through the broker.</summary>
public static class MonitoringValues
{
    /// <summary>Where the platform CA is mounted in Grafana.</summary>
    public const string CaPath = "/etc/research-platform/ca";

    /// <summary>The values of <paramref name="args"/> with the broker at <paramref name="issuer"/>.</summary>
    public static MapValue Build(MonitoringArgs args, string issuer, MonitoringSecrets secrets) => Map(
        ("prometheus", Map(("prometheusSpec", Map(
            ("retention", args.Retention),
            ("storageSpec", Map(("volumeClaimTemplate", Map(("spec", Map(
                ("storageClassName", args.StorageClass),
                ("accessModes", Strings(["ReadWriteOnce"])),
                ("resources", Map(("requests", Map(("storage", args.VolumeSize))))))))))),
            ("persistentVolumeClaimRetentionPolicy", Map(("whenDeleted", "Retain"), ("whenScaled", "Retain"))),

            // Monitors, rules and probes in every namespace count, not only those labelled for this release.
            ("serviceMonitorSelectorNilUsesHelmValues", false),
            ("podMonitorSelectorNilUsesHelmValues", false),
            ("ruleSelectorNilUsesHelmValues", false),
            ("probeSelectorNilUsesHelmValues", false),
            ("scrapeConfigSelectorNilUsesHelmValues", false),
            ("resources", ContainerResources.Of("500m", "2Gi", "2", "8Gi")))))),
        ("alertmanager", Map(("alertmanagerSpec", Map(
            ("useExistingSecret", true),
            ("configSecret", secrets.Alertmanager),
            ("replicas", 2),
            ("resources", ContainerResources.Of("20m", "64Mi", "200m", "256Mi")))))),
        ("prometheusOperator", Map(
            ("resources", ContainerResources.Of("50m", "128Mi", "500m", "512Mi")),
            ("admissionWebhooks", Map(("patch", Map(("resources", ContainerResources.Of("10m", "32Mi", "100m", "128Mi")))))))),

        // kubeadm serves etcd's and kube-proxy's metrics on 127.0.0.1 in plain HTTP only; opening
        // them would put unencrypted endpoints on the node network. The API server's etcd request
        // metrics and the nodes' own cover both.
        ("kubeEtcd", Map(("enabled", false))),
        ("kubeProxy", Map(("enabled", false))),
        ("kube-state-metrics", Map(
            ("resources", ContainerResources.Of("20m", "64Mi", "200m", "256Mi")),

            // The labels the dashboards group by: each notebook's tier, each node's worker pool.
            ("metricLabelsAllowlist", Strings([$"pods=[{JupyterHub.JupyterHub.TierLabel}]", $"nodes=[{Cluster.WorkerPoolDesign.PoolLabel}]"])))),
        ("prometheus-node-exporter", Map(("resources", ContainerResources.Of("20m", "32Mi", "200m", "128Mi")))),
        ("grafana", Map(
            ("admin", Map(("existingSecret", secrets.GrafanaAdmin), ("userKey", "admin-user"), ("passwordKey", "admin-password"))),
            ("envFromSecret", secrets.GrafanaOAuth),
            ("testFramework", Map(("enabled", false))),
            ("resources", ContainerResources.Of("50m", "128Mi", "500m", "512Mi")),
            ("sidecar", Map(("resources", ContainerResources.Of("10m", "64Mi", "100m", "128Mi")))),
            ("extraConfigmapMounts", List(Map(("name", "platform-ca"), ("mountPath", CaPath), ("configMap", secrets.Certificates), ("readOnly", true)))),
            ("grafana.ini", Map(
                ("server", Map(("root_url", $"https://{args.GrafanaHostname}"), ("domain", args.GrafanaHostname))),
                ("auth", Map(("disable_login_form", true), ("oauth_auto_login", true))),
                ("users", Map(("allow_sign_up", false))),
                ("auth.generic_oauth", Map(
                    ("enabled", true),
                    ("name", "University account"),
                    ("client_id", args.ClientId),
                    ("scopes", "openid email profile groups"),
                    ("auth_url", $"{issuer}/auth"),
                    ("token_url", $"{issuer}/token"),
                    ("api_url", $"{issuer}/userinfo"),
                    ("use_pkce", true),
                    ("allow_sign_up", true),
                    ("login_attribute_path", "preferred_username"),
                    ("email_attribute_path", "email"),
                    ("groups_attribute_path", "groups"),
                    ("role_attribute_path", GrafanaLogin.RolePath(args.Roles)),
                    ("role_attribute_strict", true),
                    ("tls_client_ca", $"{CaPath}/platform-ca.crt"))))))));
}
