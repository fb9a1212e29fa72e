using Pulumi;
using CoreMonitoring = ResearchPlatform.Components.Monitoring.Monitoring;

namespace ResearchPlatform.Infra.Components;

/// <summary>Prometheus, Alertmanager and Grafana (kube-prometheus-stack): monitors in every namespace, alerts to the receiver, Grafana behind single sign-on.</summary>
public sealed class Monitoring : PlatformComponentResource
{
    public Monitoring(string name, MonitoringArgs args, ComponentResourceOptions? options = null)
        : base(CoreMonitoring.Type, name, options)
    {
        var storageClass = ResearchPlatform.Components.Storage.StorageClasses.For(args.Storage.Parts.Classes, args.Monitoring.StorageClass);
        var wiring = CoreMonitoring.Wiring(args.Monitoring, args.Cluster.ProviderPlan, args.Namespaces.Part!, args.Entry.Gateway, args.Identity.Handle, storageClass);
        var part = CoreMonitoring.Build(args.Monitoring, wiring, args.Cluster.Parts, args.Entry.Gateway, args.Identity.Handle, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Storage, args.Entry, args.Identity);
        GrafanaUrl = Output.Create($"https://{args.Monitoring.GrafanaHostname}");
        RegisterOutputs();
    }

    /// <summary>Grafana's URL.</summary>
    [Output("grafanaUrl")]
    public Output<string> GrafanaUrl { get; }
}
