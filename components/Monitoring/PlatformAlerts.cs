using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>
/// The alerts that matter for this platform, beside kube-prometheus-stack's own rules: each selects
/// from metrics the stack or a component exposes, and each has a unit test of what it selects
/// (<c>tests/ResearchPlatform.Tests/Monitoring/alert-tests.yaml</c>, run with promtool).
/// </summary>
public static class PlatformAlerts
{
    /// <summary>The PrometheusRule's name.</summary>
    public const string RuleName = "research-platform-alerts";

    /// <summary>Every alert, grouped as the PrometheusRule groups them.</summary>
    public static IReadOnlyList<(string Group, IReadOnlyList<AlertRule> Rules)> Groups { get; } =
    [
        ("notebooks",
        [
            new("NotebookSpawnFailures",
                "sum(increase(jupyterhub_server_spawn_duration_seconds_count{status=\"failure\"}[15m])) > 2",
                "", "warning",
                "{{ $value }} notebook servers failed to start in 15 minutes",
                "Read the hub's log for the failing users' spawns (kubectl logs -n jupyterhub deploy/hub); check the notebooks' storage class and image pulls."),
            new("NotebookSpawnSlow",
                "histogram_quantile(0.9, sum by (le) (rate(jupyterhub_server_spawn_duration_seconds_bucket{status=\"success\"}[30m]))) > 300",
                "15m", "warning",
                "Nine in ten notebook servers take more than {{ $value | humanizeDuration }} to start",
                "Check image pulls on new nodes (the pre-puller's DaemonSet), pending claims (Trident) and node capacity."),
            new("HubDown",
                "kube_deployment_status_replicas_available{namespace=\"jupyterhub\", deployment=\"hub\"} < 1",
                "5m", "critical",
                "JupyterHub's hub has no running pod: nobody can log in or start a server",
                "kubectl describe -n jupyterhub deploy/hub; the hub needs its database (postgres namespace) to start."),
            new("ProxyDown",
                "kube_deployment_status_replicas_available{namespace=\"jupyterhub\", deployment=\"proxy\"} < 1",
                "5m", "critical",
                "JupyterHub's proxy has no running pod: running notebooks are unreachable",
                "kubectl describe -n jupyterhub deploy/proxy; the proxy's routes come back from the hub once it runs."),
        ]),
        ("storage",
        [
            new("VolumeAlmostFull",
                "kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes > 0.85",
                "15m", "warning",
                "Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is {{ $value | humanizePercentage }} full",
                "Tell the owner (a home claim is claim-<user>), or grow the claim: Trident expands ontap-nas and ontap-nas-economy volumes online."),

            // Trident counts backends per driver and state; it has no per-backend state series.
            new("TridentBackendOffline",
                "sum by (backend_type, backend_state) (trident_backend_count{backend_state!=\"online\"}) > 0",
                "5m", "critical",
                "{{ $value }} Trident {{ $labels.backend_type }} backend(s) are {{ $labels.backend_state }}: new claims on that tier fail",
                "kubectl get tridentbackendconfigs -n trident; read the failing backend's status.message, then check the SVM's management LIF and credentials in ONTAP."),
        ]),
        ("database",
        [
            new("PostgresWalArchivingFailing",
                "increase(cnpg_pg_stat_archiver_failed_count[15m]) > 0",
                "15m", "critical",
                "PostgreSQL {{ $labels.pod }} fails to archive WAL: point-in-time recovery and the DR site fall behind",
                "kubectl logs -n postgres {{ $labels.pod }} -c postgres | grep archive; check the backup S3 store's reachability and credentials."),
            new("PostgresBackupTooOld",
                "time() - cnpg_collector_last_available_backup_timestamp > 26 * 3600",
                "30m", "critical",
                "The last base backup of PostgreSQL is more than a day old",
                "kubectl get backups -n postgres; the ScheduledBackup runs nightly: read the failed Backup's status."),
            new("PostgresReplicationLag",
                "max by (namespace, pod) (cnpg_pg_replication_lag) > 300",
                "10m", "warning",
                "PostgreSQL replica {{ $labels.pod }} is {{ $value | humanizeDuration }} behind",
                "Check the replica's node and volume latency; a replica far behind is a longer failover."),
        ]),
        ("platform",
        [
            new("ApiVipDown",
                "probe_success{job=\"api-vip\"} == 0",
                "3m", "critical",
                "The Kubernetes API at {{ $labels.instance }} does not answer over TLS",
                "Check kube-vip on the control-plane nodes (crictl ps | grep kube-vip) and that one API server answers on its node address: a control-plane node that holds the VIP without an API server drops it."),
            new("GatewayDown",
                "probe_success{job=\"gateway\"} == 0",
                "3m", "critical",
                "{{ $labels.instance }} does not answer through the Gateway",
                "kubectl get pods -n traefik and kubectl get svc -n traefik (the entry address); when every host fails it is the entry point, when one fails it is that tool's route or pods."),
            new("CertificateExpiresSoon",
                "certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 86400",
                "1h", "warning",
                "Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}",
                "kubectl describe certificate -n {{ $labels.namespace }} {{ $labels.name }}; cert-manager renews from the university CA: check the ClusterIssuer university-ca."),
            new("NodeNotReady",
                "kube_node_status_condition{condition=\"Ready\", status=\"true\"} == 0",
                "10m", "critical",
                "Node {{ $labels.node }} is not ready",
                "kubectl describe node {{ $labels.node }}; in vCenter, check the VM; a worker is replaced by pulumi up after it is removed from the stack's state."),
            new("PodSecurityDenials",
                "sum by (policy_level) (increase(pod_security_evaluations_total{decision=\"deny\", mode=\"enforce\"}[30m])) > 0",
                "", "warning",
                "The API server refused {{ $value }} pods for Pod Security level {{ $labels.policy_level }} in 30 minutes",
                "kubectl get events -A --field-selector reason=FailedCreate; a chart upgrade may have dropped a security context."),
            new("AdmissionWebhookFailing",
                "sum by (name) (increase(apiserver_admission_webhook_rejection_count{error_type=~\"calling_webhook_error|apiserver_internal_error\"}[15m])) > 0",
                "", "warning",
                "Admission webhook {{ $labels.name }} failed {{ $value }} calls in 15 minutes: the API server refuses what it should admit",
                "kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations; find the webhook's Service and check its pods and its namespace's network policy (the API server calls it from the control-plane nodes)."),
        ]),
    ];

    /// <summary>The PrometheusRule of every group in <paramref name="namespace"/>.</summary>
    public static PlanValue PrometheusRule(string @namespace) => Map(
        ("apiVersion", "monitoring.coreos.com/v1"),
        ("kind", "PrometheusRule"),
        ("metadata", Map(("name", RuleName), ("namespace", @namespace))),
        ("spec", Map(("groups", List(Groups.Select(g => Map(
            ("name", g.Group),
            ("rules", List(g.Rules.Select(Rule))))))))));

    private static PlanValue Rule(AlertRule rule) => Map(
        ("alert", rule.Name),
        ("expr", rule.Expression),
        ("for", rule.For.Length == 0 ? null : rule.For),
        ("labels", Map(("severity", rule.Severity))),
        ("annotations", Map(("summary", rule.Summary), ("runbook", rule.Runbook))));
}
