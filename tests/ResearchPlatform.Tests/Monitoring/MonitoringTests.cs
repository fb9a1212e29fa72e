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
            ["ServiceMonitor cert-manager", "PodMonitor traefik", "ServiceMonitor trident", "PodMonitor postgres", "ServiceMonitor jupyterhub"],
            monitors.Select(m => $"{At(m, "kind")} {At(m, "metadata", "name")}"));
        var hub = monitors.Single(m => At(m, "metadata", "name") == "jupyterhub");
        Assert.Equal(("jupyterhub", "hub", "/hub/metrics"), (Scalar(((YamlSequenceNode)hub["spec"]["namespaceSelector"]["matchNames"])[0]), At(((YamlSequenceNode)hub["spec"]["endpoints"])[0], "port"), At(((YamlSequenceNode)hub["spec"]["endpoints"])[0], "path")));
        Assert.Equal("false", At(Parse(Render.Files["components/jupyterhub/jupyterhub.values.yaml"]).Single(), "hub", "config", "JupyterHub", "authenticate_prometheus"));

        foreach (var (ns, port) in new[] { ("cert-manager", "9402"), ("traefik", "9100"), ("postgres", "9187"), ("jupyterhub", "8081") })
        {
            var policy = Parse(Render.Files[$"components/namespaces/namespace-{ns}.manifest.yaml"]).Single(o => At(o, "metadata", "name") == "allow-metrics-from-monitoring");
            var rule = ((YamlSequenceNode)policy["spec"]["ingress"])[0];
            Assert.Equal(("monitoring", port), (At(((YamlSequenceNode)rule["from"])[0], "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"), At(((YamlSequenceNode)rule["ports"])[0], "port")));
        }
    }

    [Fact]
    public void Render_StackWithoutMonitoring_OpensNoMetricsPort()
    {
        var tree = OfflineRenderer.Compile(Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(TestStacks.Minimal)));

        Assert.DoesNotContain(tree.Files.Values, text => text.Contains("allow-metrics-from-monitoring", StringComparison.Ordinal));
        Assert.DoesNotContain("authenticate_prometheus", tree.Files["components/jupyterhub/jupyterhub.values.yaml"]);
    }
}
