using System.Diagnostics;
using System.Text.Json;
using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Monitoring;

/// <summary>The dashboards as prod renders them: JSON Grafana loads, and queries promtool parses.</summary>
public class MonitoringDashboardTests
{
    private static readonly RenderedTree Render = OfflineRenderer.Compile(TestStacks.Plan("prod"));

    private static IReadOnlyList<JsonDocument> Dashboards() => Parse(Render.Files["components/monitoring/platform-dashboards.manifest.yaml"])
        .Select(map => JsonDocument.Parse(((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)map)["data"]).Children.Values.Select(Scalar).Single()))
        .ToList();

    [Fact]
    public void Render_Dashboards_AreSidecarConfigMapsWithStableUidsAndTheActiveUsersPanel()
    {
        var dashboards = Dashboards();
        var labels = Parse(Render.Files["components/monitoring/platform-dashboards.manifest.yaml"]).Select(m => At(m, "metadata", "labels", PlatformDashboards.SidecarLabel));

        Assert.All(labels, value => Assert.Equal("1", value));
        Assert.Equal(["rp-overview", "rp-storage", "rp-database"], dashboards.Select(d => d.RootElement.GetProperty("uid").GetString()));
        var first = dashboards[0].RootElement.GetProperty("panels")[0];
        Assert.Equal(("Active users (running notebook servers)", "sum(jupyterhub_running_servers)"), (first.GetProperty("title").GetString(), first.GetProperty("targets")[0].GetProperty("expr").GetString()));
        Assert.All(dashboards.SelectMany(d => d.RootElement.GetProperty("panels").EnumerateArray()), p => Assert.Equal("prometheus", p.GetProperty("datasource").GetProperty("uid").GetString()));
    }

    [Fact]
    public void Promtool_EveryPanelQuery_Parses()
    {
        // promtool parses rules, not queries: each query becomes a recording rule of its own.
        var queries = Dashboards().SelectMany(d => d.RootElement.GetProperty("panels").EnumerateArray())
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!).ToList();
        using var temp = new TempDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "queries.yaml"),
            "groups:\n  - name: dashboards\n    rules:\n" + string.Concat(queries.Select((q, i) => $"      - record: dashboard_query_{i}\n        expr: {JsonSerializer.Serialize(q)}\n")));

        var start = new ProcessStartInfo("promtool", ["check", "rules", "queries.yaml"]) { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using var promtool = Process.Start(start)!;
        var output = promtool.StandardOutput.ReadToEnd() + promtool.StandardError.ReadToEnd();
        promtool.WaitForExit();

        Assert.True(promtool.ExitCode == 0, output);
        Assert.Contains($"SUCCESS: {queries.Count} rules found", output);
    }

    [Fact]
    public void Promtool_ByTierAndPoolPanels_SumEachPodUnderItsLabel()
    {
        var queries = Dashboards()[0].RootElement.GetProperty("panels").EnumerateArray()
            .ToDictionary(p => p.GetProperty("title").GetString()!, p => p.GetProperty("targets")[0].GetProperty("expr").GetString()!);
        using var temp = new TempDirectory();

        // Two student notebooks and a researcher's on two nodes of two pools; a pod of another namespace counts only by pool.
        File.WriteAllText(Path.Combine(temp.Path, "panels.yaml"), $$"""
            rule_files: []
            tests:
              - interval: 1m
                input_series:
                  - {series: 'node_namespace_pod_container:container_cpu_usage_seconds_total:sum_rate5m{namespace="jupyterhub", pod="jupyter-ann", node="general-1"}', values: '0.5x5'}
                  - {series: 'node_namespace_pod_container:container_cpu_usage_seconds_total:sum_rate5m{namespace="jupyterhub", pod="jupyter-bob", node="general-1"}', values: '0.25x5'}
                  - {series: 'node_namespace_pod_container:container_cpu_usage_seconds_total:sum_rate5m{namespace="jupyterhub", pod="jupyter-eve", node="gpu-1"}', values: '2x5'}
                  - {series: 'node_namespace_pod_container:container_cpu_usage_seconds_total:sum_rate5m{namespace="ckan", pod="ckan-0", node="general-1"}', values: '1x5'}
                  - {series: 'kube_pod_labels{namespace="jupyterhub", pod="jupyter-ann", label_research_platform_tier="student"}', values: '1x5'}
                  - {series: 'kube_pod_labels{namespace="jupyterhub", pod="jupyter-bob", label_research_platform_tier="student"}', values: '1x5'}
                  - {series: 'kube_pod_labels{namespace="jupyterhub", pod="jupyter-eve", label_research_platform_tier="researcher"}', values: '1x5'}
                  - {series: 'kube_pod_labels{namespace="ckan", pod="ckan-0", label_research_platform_tier=""}', values: '1x5'}
                  - {series: 'kube_node_labels{node="general-1", label_research_platform_pool="general"}', values: '1x5'}
                  - {series: 'kube_node_labels{node="gpu-1", label_research_platform_pool="gpu"}', values: '1x5'}
                  - {series: 'kube_node_labels{node="cp-1", label_research_platform_pool=""}', values: '1x5'}
                promql_expr_test:
                  - expr: {{JsonSerializer.Serialize(queries["Notebook CPU by tier (cores)"])}}
                    eval_time: 4m
                    exp_samples:
                      - {labels: '{label_research_platform_tier="student"}', value: 0.75}
                      - {labels: '{label_research_platform_tier="researcher"}', value: 2}
                  - expr: {{JsonSerializer.Serialize(queries["CPU by worker pool (cores)"])}}
                    eval_time: 4m
                    exp_samples:
                      - {labels: '{label_research_platform_pool="general"}', value: 1.75}
                      - {labels: '{label_research_platform_pool="gpu"}', value: 2}
            """);

        var start = new ProcessStartInfo("promtool", ["test", "rules", "panels.yaml"]) { WorkingDirectory = temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        using var promtool = Process.Start(start)!;
        var output = promtool.StandardOutput.ReadToEnd() + promtool.StandardError.ReadToEnd();
        promtool.WaitForExit();

        Assert.True(promtool.ExitCode == 0, output);
        Assert.Contains("SUCCESS", output);
    }
}
