using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>
/// The platform's dashboards as code, loaded by Grafana's sidecar from ConfigMaps: the overview the
/// operations team reads (active users are running notebook servers), storage by tier, database health.
/// Every query is parsed by promtool in the tests.
/// </summary>
public static class PlatformDashboards
{
    // kube-state-metrics turns each allowed Kubernetes label into label_<name>, every other character as _.
    private static readonly string Tier = MetricLabel(JupyterHub.JupyterHub.TierLabel);
    private static readonly string Pool = MetricLabel(Cluster.WorkerPoolDesign.PoolLabel);

    /// <summary>The label Grafana's dashboard sidecar loads ConfigMaps by.</summary>
    public const string SidecarLabel = "grafana_dashboard";

    /// <summary>The dashboards.</summary>
    public static IReadOnlyList<Dashboard> All { get; } =
    [
        new("rp-overview", "Research platform: overview",
        [
            new("Active users (running notebook servers)", "short", [("sum(jupyterhub_running_servers)", "running servers")]),
            new("Notebook spawn time", "s",
            [
                ("histogram_quantile(0.5, sum by (le) (rate(jupyterhub_server_spawn_duration_seconds_bucket{status=\"success\"}[1h])))", "median"),
                ("histogram_quantile(0.9, sum by (le) (rate(jupyterhub_server_spawn_duration_seconds_bucket{status=\"success\"}[1h])))", "90th percentile"),
            ]),
            new("Request latency through the Gateway (95th percentile)", "s",
                [("histogram_quantile(0.95, sum by (le, service) (rate(traefik_service_request_duration_seconds_bucket[5m])))", "{{service}}")]),
            new("Requests per second by status", "reqps", [("sum by (code) (rate(traefik_service_requests_total[5m]))", "{{code}}")]),
            new("CPU by namespace (cores)", "short", [("sum by (namespace) (rate(container_cpu_usage_seconds_total{container!=\"\"}[5m]))", "{{namespace}}")]),
            new("Memory by namespace", "bytes", [("sum by (namespace) (container_memory_working_set_bytes{container!=\"\"})", "{{namespace}}")]),
            new("Notebook CPU by tier (cores)", "short", [($"sum by ({Tier}) (node_namespace_pod_container:container_cpu_usage_seconds_total:sum_rate5m{{namespace=\"jupyterhub\"}} * on (namespace, pod) group_left ({Tier}) max by (namespace, pod, {Tier}) (kube_pod_labels{{{Tier}!=\"\"}}))", $"{{{{{Tier}}}}}")]),
            new("Notebook memory by tier", "bytes", [($"sum by ({Tier}) (node_namespace_pod_container:container_memory_working_set_bytes{{namespace=\"jupyterhub\"}} * on (namespace, pod) group_left ({Tier}) max by (namespace, pod, {Tier}) (kube_pod_labels{{{Tier}!=\"\"}}))", $"{{{{{Tier}}}}}")]),
            new("CPU by worker pool (cores)", "short", [($"sum by ({Pool}) (node_namespace_pod_container:container_cpu_usage_seconds_total:sum_rate5m * on (node) group_left ({Pool}) max by (node, {Pool}) (kube_node_labels{{{Pool}!=\"\"}}))", $"{{{{{Pool}}}}}")]),
            new("Memory by worker pool", "bytes", [($"sum by ({Pool}) (node_namespace_pod_container:container_memory_working_set_bytes * on (node) group_left ({Pool}) max by (node, {Pool}) (kube_node_labels{{{Pool}!=\"\"}}))", $"{{{{{Pool}}}}}")]),
            new("CPU by node", "percentunit", [("instance:node_cpu_utilisation:rate5m", "{{instance}}")]),
            new("Memory by node", "percentunit", [("instance:node_memory_utilisation:ratio", "{{instance}}")]),
        ]),
        new("rp-storage", "Research platform: storage",
        [
            new("Used by storage tier", "bytes",
                [("sum by (storageclass) (kubelet_volume_stats_used_bytes * on (namespace, persistentvolumeclaim) group_left (storageclass) kube_persistentvolumeclaim_info)", "{{storageclass}}")]),
            new("Fullest claims", "percentunit",
                [("topk(10, kubelet_volume_stats_used_bytes / kubelet_volume_stats_capacity_bytes)", "{{namespace}}/{{persistentvolumeclaim}}")]),
            new("Claims by storage tier", "short", [("count by (storageclass) (kube_persistentvolumeclaim_info)", "{{storageclass}}")]),
            new("Claims not bound", "short", [("sum by (namespace) (kube_persistentvolumeclaim_status_phase{phase!=\"Bound\"})", "{{namespace}}")]),
        ]),
        new("rp-database", "Research platform: PostgreSQL",
        [
            new("Instances up", "short", [("sum(cnpg_collector_up)", "up")]),
            new("Replication lag", "s", [("max by (pod) (cnpg_pg_replication_lag)", "{{pod}}")]),
            new("Age of the last base backup", "s", [("time() - max(cnpg_collector_last_available_backup_timestamp)", "age")]),
            new("WAL archiving failures (1h)", "short", [("sum by (pod) (increase(cnpg_pg_stat_archiver_failed_count[1h]))", "{{pod}}")]),
            new("Connections by database", "short", [("sum by (datname) (cnpg_backends_total)", "{{datname}}")]),
            new("Database size", "bytes", [("max by (datname) (cnpg_pg_database_size_bytes)", "{{datname}}")]),
        ]),
    ];

    /// <summary>The ConfigMap of every dashboard in <paramref name="namespace"/>, each a JSON file the sidecar loads.</summary>
    public static IEnumerable<PlanValue> ConfigMaps(string @namespace) => All.Select(d => (PlanValue)Map(
        ("apiVersion", "v1"),
        ("kind", "ConfigMap"),
        ("metadata", Map(("name", $"dashboard-{d.Uid}"), ("namespace", @namespace), ("labels", Map((SidecarLabel, "1"))))),
        ("data", Map(($"{d.Uid}.json", new JsonDocumentValue(Model(d)))))));

    private static PlanValue Model(Dashboard dashboard) => Map(
        ("uid", dashboard.Uid),
        ("title", dashboard.Title),
        ("tags", Strings(["research-platform"])),
        ("schemaVersion", 39),
        ("editable", false),
        ("time", Map(("from", "now-6h"), ("to", "now"))),
        ("panels", List(dashboard.Panels.Select((panel, i) => Map(
            ("id", i + 1),
            ("type", "timeseries"),
            ("title", panel.Title),
            ("gridPos", Map(("h", 8), ("w", 12), ("x", i % 2 * 12), ("y", i / 2 * 8))),
            ("datasource", Map(("type", "prometheus"), ("uid", "prometheus"))),
            ("fieldConfig", Map(("defaults", Map(("unit", panel.Unit))), ("overrides", List()))),
            ("targets", List(panel.Queries.Select((q, j) => Map(
                ("refId", ((char)('A' + j)).ToString()),
                ("expr", q.Expression),
                ("legendFormat", q.Legend))))))))));

    private static string MetricLabel(string kubernetesLabel) => "label_" + kubernetesLabel.Replace('/', '_').Replace('-', '_').Replace('.', '_');
}
