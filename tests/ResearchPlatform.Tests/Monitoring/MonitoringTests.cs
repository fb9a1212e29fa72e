using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Monitoring;

/// <summary>The monitoring stack as prod renders it: retention and storage, selectors, receiver, Grafana's login.</summary>
public class MonitoringTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlMappingNode Values => (YamlMappingNode)Parse(Render.Files["components/monitoring/monitoring.values.yaml"]).Single();

    [Fact]
    public void Render_Prometheus_KeepsSamplesOnTheTierAndPicksUpEveryNamespacesMonitors()
    {
        var spec = (YamlMappingNode)Values["prometheus"]["prometheusSpec"];

        Assert.Equal(("30d", "researcher", "200Gi"), (At(spec, "retention"), At(spec, "storageSpec", "volumeClaimTemplate", "spec", "storageClassName"), At(spec, "storageSpec", "volumeClaimTemplate", "spec", "resources", "requests", "storage")));
        Assert.All(new[] { "serviceMonitor", "podMonitor", "rule", "probe", "scrapeConfig" }, kind => Assert.Equal("false", At(spec, $"{kind}SelectorNilUsesHelmValues")));
        Assert.Equal(PlanResourceOptions.Stateful, Prod.Resources.Single(r => r.Name == "monitoring").Options);
    }

    [Fact]
    public void Render_Alertmanager_MailsTheOperationsTeamWithThePasswordAsAReference()
    {
        var secret = Parse(Render.Files["components/monitoring/alertmanager-platform.secret.yaml"]).Single();
        var config = (YamlMappingNode)Parse(At(secret, "stringData", "alertmanager.yaml")).Single();

        Assert.Equal(("true", "alertmanager-platform"), (At(Values, "alertmanager", "alertmanagerSpec", "useExistingSecret"), At(Values, "alertmanager", "alertmanagerSpec", "configSecret")));
        Assert.Equal(("smtp.uni-example.edu:587", "${secret:config:research-platform:monitoring.alerts.email.password}", "true"), (At(config, "global", "smtp_smarthost"), At(config, "global", "smtp_auth_password"), At(config, "global", "smtp_require_tls")));
        Assert.Equal("dc-ops@uni-example.edu", At(((YamlSequenceNode)((YamlSequenceNode)config["receivers"])[1]["email_configs"])[0], "to"));
        Assert.Equal("operations", At(config, "route", "receiver"));
    }

    [Fact]
    public void Render_Grafana_SignsInThroughTheBrokerWithGroupsAsRoles()
    {
        var ini = (YamlMappingNode)Values["grafana"]["grafana.ini"];

        Assert.Equal("contains(groups[*], 'DSP-Admins') && 'Admin' || contains(groups[*], 'DSP-Researchers') && 'Editor' || contains(groups[*], 'DSP-Students') && 'Viewer' || ''", At(ini, "auth.generic_oauth", "role_attribute_path"));
        Assert.Equal(("true", "true", "https://login.dsp.uni-example.edu/token"), (At(ini, "auth.generic_oauth", "role_attribute_strict"), At(ini, "auth", "disable_login_form"), At(ini, "auth.generic_oauth", "token_url")));
        Assert.Equal("${secret:sso-client-grafana.result}", At(Parse(Render.Files["components/monitoring/grafana-oauth.secret.yaml"]).Single(), "stringData", "GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET"));
        Assert.Equal(("monitoring-grafana", "80"), (At(((YamlSequenceNode)((YamlSequenceNode)Parse(Render.Files["components/monitoring/grafana-route.manifest.yaml"]).Single()["spec"]["rules"])[0]["backendRefs"])[0], "name"), At(((YamlSequenceNode)((YamlSequenceNode)Parse(Render.Files["components/monitoring/grafana-route.manifest.yaml"]).Single()["spec"]["rules"])[0]["backendRefs"])[0], "port")));
    }

    [Fact]
    public void Render_Namespace_IsTheListedPrivilegedException()
    {
        var ns = Parse(Render.Files["components/namespaces/namespace-monitoring.manifest.yaml"]).First();

        Assert.Equal("privileged", At(ns, "metadata", "labels", "pod-security.kubernetes.io/enforce"));
        Assert.NotNull(Stacks.Policy.PolicyExceptions.For("pod-security", "monitoring"));
    }

    [Fact]
    public void Render_Monitors_ScrapeEachComponentThroughAPolicyThatLetsOnlyPrometheusIn()
    {
        var monitors = Parse(Render.Files["components/monitoring/platform-monitors.manifest.yaml"]);

        Assert.Equal(
            ["ServiceMonitor trident", "ServiceMonitor cert-manager", "PodMonitor traefik", "ServiceMonitor dex", "PodMonitor postgres", "PodMonitor seaweedfs", "ServiceMonitor jupyterhub", "ServiceMonitor airflow", "PodMonitor model-servers"],
            monitors.Select(m => $"{At(m, "kind")} {At(m, "metadata", "name")}"));
        var hub = monitors.Single(m => At(m, "metadata", "name") == "jupyterhub");
        Assert.Equal(("jupyterhub", "hub", "/hub/metrics"), (Scalar(((YamlSequenceNode)hub["spec"]["namespaceSelector"]["matchNames"])[0]), At(((YamlSequenceNode)hub["spec"]["endpoints"])[0], "port"), At(((YamlSequenceNode)hub["spec"]["endpoints"])[0], "path")));
        Assert.Equal("false", At(Parse(Render.Files["components/jupyterhub/jupyterhub.values.yaml"]).Single(), "hub", "config", "JupyterHub", "authenticate_prometheus"));

        // SeaweedFS's master names no metrics port: its monitor scrapes the pods by number.
        var seaweed = monitors.Single(m => At(m, "metadata", "name") == "seaweedfs");
        Assert.Equal("9327", At(((YamlSequenceNode)seaweed["spec"]["podMetricsEndpoints"])[0], "portNumber"));

        foreach (var (ns, port) in new[] { ("cert-manager", "9402"), ("traefik", "9100"), ("identity", "5558"), ("postgres", "9187"), ("objectstore", "9327"), ("jupyterhub", "8081"), ("airflow", "9102"), ("model-serving", "8082") })
        {
            var policy = Parse(Render.Files[$"components/namespaces/namespace-{ns}.manifest.yaml"]).Single(o => At(o, "metadata", "name") == "allow-metrics-from-monitoring");
            var rule = ((YamlSequenceNode)policy["spec"]["ingress"])[0];
            Assert.Equal(("monitoring", port), (At(((YamlSequenceNode)rule["from"])[0], "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"), At(((YamlSequenceNode)rule["ports"])[0], "port")));
        }
    }

    [Fact]
    public void Render_Probes_AskTheApiVipAndEveryHostNameThroughTheBlackboxExporter()
    {
        var probes = Parse(Render.Files["components/monitoring/platform-probes.manifest.yaml"]);
        var api = probes.Single(p => At(p, "metadata", "name") == "api-vip");
        var gateway = probes.Single(p => At(p, "metadata", "name") == "gateway");
        var hostnames = Stacks.Sections.PlatformSections.All.OfType<Stacks.Sections.IHostnames>().SelectMany(s => s.Hostnames(TestStacks.Load("prod").Config)).Select(h => $"https://{h.Hostname}/");

        Assert.Equal(("api_tls", "10.41.20.10:6443"), (At(api, "spec", "module"), Scalar(((YamlSequenceNode)api["spec"]["targets"]["staticConfig"]["static"]).Single())));
        Assert.Equal(hostnames, ((YamlSequenceNode)gateway["spec"]["targets"]["staticConfig"]["static"]).Select(Scalar));
        Assert.Equal("blackbox-exporter.monitoring.svc:9115", At(gateway, "spec", "prober", "url"));

        // The API server's certificate is checked against the cluster CA, the host names' against the university's.
        var blackbox = (YamlMappingNode)Parse(Render.Files["components/monitoring/blackbox-exporter.values.yaml"]).Single();
        Assert.Equal("/etc/research-platform/ca/cluster-ca.crt", At(blackbox, "config", "modules", "api_tls", "tcp", "tls_config", "ca_file"));
        Assert.Equal(("false", "true"), (At(blackbox, "config", "modules", "https_answers", "http", "follow_redirects"), At(blackbox, "config", "modules", "https_answers", "http", "fail_if_not_ssl")));
        var ca = Parse(Render.Files["components/monitoring/monitoring-ca.manifest.yaml"]).Single();
        Assert.Equal("${cluster-ca-cert.certPem}", At(ca, "data", "cluster-ca.crt"));
    }

    [Fact]
    public void Render_ControlPlane_ServesItsMetricsWherePrometheusReachesThem()
    {
        var userData = Render.Files["components/control-plane/cp-1.user-data.yaml"];

        // The controller-manager and the scheduler leave 127.0.0.1; etcd and kube-proxy, plain HTTP only, are not scraped.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(userData, @"- name: bind-address\n\s+value: 0\.0\.0\.0").Count);
        Assert.Equal(("false", "false"), (At(Values, "kubeEtcd", "enabled"), At(Values, "kubeProxy", "enabled")));
        var egress = Parse(Render.Files["components/namespaces/namespace-monitoring.manifest.yaml"]).Single(o => At(o, "metadata", "name") == "allow-nodes");
        Assert.Equal(["9100", "10250", "10257", "10259"], ((YamlSequenceNode)((YamlSequenceNode)egress["spec"]["egress"])[0]["ports"]).Select(p => At(p, "port")));
    }

    [Fact]
    public void Render_StackWithoutMonitoring_OpensNoMetricsPort()
    {
        var tree = OfflineRenderer.Compile(Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(TestStacks.Minimal)));

        Assert.DoesNotContain(tree.Files.Values, text => text.Contains("allow-metrics-from-monitoring", StringComparison.Ordinal));
        Assert.DoesNotContain("authenticate_prometheus", tree.Files["components/jupyterhub/jupyterhub.values.yaml"]);
    }
}
