using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>The namespaces of a stack's platform and what each may reach.</summary>
public static class PlatformNamespaces
{
    /// <summary>Platform jobs and controllers.</summary>
    public const string System = "research-platform-system";

    /// <summary>The NVIDIA GPU Operator and its operands.</summary>
    public const string Gpu = "gpu-operator";

    /// <summary>JupyterHub and the notebook pods.</summary>
    public const string Notebooks = "jupyterhub";

    /// <summary>The namespaces of the base platform and then of every section that is on, in creation order.</summary>
    public static IReadOnlyList<PlatformNamespace> For(StackConfig config) => Scraped(config, Declared(config));

    // With monitoring on, each scraped component's namespace lets Prometheus in on the metrics port.
    private static IReadOnlyList<PlatformNamespace> Scraped(StackConfig config, IReadOnlyList<PlatformNamespace> namespaces)
    {
        if (config.Monitoring is null)
        {
            return namespaces;
        }

        var targets = Sections.Monitoring.MonitoringSection.Targets(config);
        return namespaces.Select(ns => targets.Where(t => t.Namespace == ns.Name).Select(t => t.PortNumber).Distinct().ToList() is { Count: > 0 } ports && ns.OpenBecause is null
            ? ns with { Ingress = [.. ns.Ingress, new IngressAllowance("metrics-from-monitoring", [], ports) { FromNamespaces = [Components.Monitoring.Monitoring.Namespace] }] }
            : ns).ToList();
    }

    private static IReadOnlyList<PlatformNamespace> Declared(StackConfig config)
    {
        var api = ApiEgress(config);
        return
        [
            new(System, "restricted", "platform jobs and controllers of research-platform") { Egress = [api] },
            new(Trident.Namespace, "privileged", "NetApp Trident: its node plugin mounts volumes on the hosts")
            {
                OpenBecause = "vendor-managed: Trident's host-network node plugin calls its controller pod, and the controller calls ONTAP and the API",
            },
            .. config.Cluster.GpuOperator is { } gpu && config.Cluster.WorkerPools.Any(p => p.Gpu is not null)
                ? [
                    // The driver and toolkit must load kernel modules and configure containerd on the host.
                    new PlatformNamespace(Gpu, "privileged", "NVIDIA GPU Operator: its driver and toolkit DaemonSets set up each GPU node")
                    {
                        Egress =
                        [
                            api,
                            new EgressAllowance("nvidia-license-system", [gpu.LicenseServer.ToString()], [443]) { Pods = ("app", ["nvidia-driver-daemonset"]) },
                        ],
                    },
                ]
                : Array.Empty<PlatformNamespace>(),
            .. Sections.PlatformSections.All.SelectMany(section => section.Namespaces(config)),
        ];
    }

    /// <summary>
    /// Egress to the Kubernetes API: the service's first address (443) and, after kube-proxy, the
    /// control-plane nodes on the node network (6443).
    /// </summary>
    public static EgressAllowance ApiEgress(StackConfig config) => new(
        "kubernetes-api",
        [config.Site.Network.Subnet.ToString(), $"{Topology.Ipv4.Add(config.Cluster.ServiceSubnet.BaseAddress, 1)}/32"],
        [443, 6443]);

    /// <summary>The plan resource that creates <paramref name="name"/>.</summary>
    public static string Resource(string name) => $"namespace-{name}";
}
