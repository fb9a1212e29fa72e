using k8s.Models;
using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>
/// Prometheus, Alertmanager and Grafana from kube-prometheus-stack (pinned): samples kept on a
/// storage tier for the configured retention, monitors in every namespace picked up, alerts sent to
/// the configured receiver, Grafana signed in through the broker with the platform's groups as roles.
/// </summary>
public static class Monitoring
{
    public const string Type = "research-platform:monitoring:Monitoring";

    /// <summary>The namespace the stack runs in.</summary>
    public const string Namespace = "monitoring";

    /// <summary>The release, which names the chart's objects (<c>monitoring-grafana</c>).</summary>
    public const string Release = "monitoring";

    /// <summary>Grafana's Service and port, as the chart names them for <see cref="Release"/>.</summary>
    public const string GrafanaService = "monitoring-grafana";

    /// <summary>Grafana's Service port.</summary>
    public const int GrafanaPort = 80;

    /// <summary>Grafana's pods' port.</summary>
    public const int GrafanaPodPort = 3000;

    private static readonly MonitoringSecrets Names = new("alertmanager-platform", "grafana-admin", "grafana-oauth", "monitoring-ca");

    /// <summary>What the stack waits for: its namespace, the Gateway, the broker and its storage class.</summary>
    public static KubernetesWiring Wiring(MonitoringArgs args, PlanResource provider, PlanComponent namespaces, GatewayHandle gateway, IdentityHandle identity, PlanResource storageClass) => new(provider)
    {
        After = [Platform.Namespaces.Of(namespaces, args.Namespace), gateway.Ready, identity.Ready, storageClass],
    };

    /// <exception cref="ArgumentException">The receiver is neither e-mail nor a webhook, or the broker lacks Grafana's client.</exception>
    public static PlanComponent Build(MonitoringArgs args, KubernetesWiring on, ClusterParts cluster, GatewayHandle gateway, IdentityHandle identity, string name = "monitoring")
    {
        if ((args.Receiver.EmailTo is null) == (args.Receiver.WebhookUrl is null))
        {
            throw new ArgumentException($"monitoring at {args.GrafanaHostname}: the receiver is e-mail or a webhook, exactly one", nameof(args));
        }

        var admin = new PlanResource { Name = "grafana-admin-password", Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.Password, Length = 32 } };
        List<PlanResource> secrets =
        [
            on.Secret(Names.Alertmanager, args.Namespace, ("alertmanager.yaml", AlertmanagerConfig.For(args.Receiver))),
            on.Secret(Names.GrafanaAdmin, args.Namespace, ("admin-user", "admin"), ("admin-password", admin.Output("result"))),
            on.Secret(Names.GrafanaOAuth, args.Namespace, ("GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET", identity.Secret(args.ClientId))),
        ];
        var certificates = on.Manifest(Names.Certificates, [], Map(
            ("apiVersion", "v1"),
            ("kind", "ConfigMap"),
            ("metadata", Map(("name", Names.Certificates), ("namespace", args.Namespace))),
            ("data", Map(("platform-ca.crt", args.RootCertificate), ("cluster-ca.crt", cluster.Pki.CaCertPem)))));

        // The samples outlive a release: a deleted Prometheus must not take its volume along.
        var release = on.Release(Release, args.Chart, args.Namespace, [admin, .. secrets, certificates], MonitoringValues.Build(args, identity.Issuer, Names)) with
        {
            Options = PlanResourceOptions.Stateful,
        };
        var route = new PlanResource
        {
            Name = "grafana-route",
            Provider = on.ProviderName,
            DependsOn = [release.Name, gateway.Ready.Name],
            Spec = new KubernetesManifestSpec { Objects = [HttpRoutes.To(gateway, "grafana", args.Namespace, args.GrafanaHostname, GrafanaService, GrafanaPort)] },
        };
        // The operator's CRDs come with the release.
        var alerts = on.Manifest("platform-alerts", [release], PlatformAlerts.PrometheusRule(args.Namespace));
        List<PlanResource> monitors = args.Targets.Count == 0 ? [] : [on.Manifest("platform-monitors", [release], [.. PlatformMonitors.For(args.Targets, args.Namespace)])];
        var dashboards = on.Manifest("platform-dashboards", [release], [.. PlatformDashboards.ConfigMaps(args.Namespace)]);
        var blackbox = on.Release(PlatformProbes.Release, args.BlackboxChart, args.Namespace, [certificates], PlatformProbes.Values(Names.Certificates, MonitoringValues.CaPath));
        var api = new Uri(cluster.ApiServer);
        var probes = on.Manifest("platform-probes", [release, blackbox], [.. PlatformProbes.For($"{api.Host}:{api.Port}", args.ProbedUrls, args.Namespace)]);
        return new PlanComponent(Type, name, [admin, .. secrets, certificates, release, alerts, .. monitors, dashboards, blackbox, probes, route]);
    }
}
