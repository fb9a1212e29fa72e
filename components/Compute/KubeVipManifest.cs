using k8s.Models;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Compute;

/// <summary>
/// kube-vip as a static pod on each control-plane node, announcing the API VIP by ARP with leader
/// election. During <c>kubeadm init</c> on Kubernetes 1.29 and later, admin.conf is not yet
/// authorised when kube-vip starts, so the first node mounts super-admin.conf until init is done.
/// </summary>
public static class KubeVipManifest
{
    /// <summary>The static pod for <paramref name="node"/>.</summary>
    public static PlanValue Build(ClusterSettings settings, NodeArgs node)
    {
        var kubeconfig = node.Role == NodeRole.InitControlPlane ? NodePaths.SuperAdminKubeconfig : NodePaths.AdminKubeconfig;
        var env = new (string Name, string Value)[]
        {
            ("vip_arp", "true"),
            ("port", settings.ApiPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("vip_interface", settings.Network.Interface),
            ("vip_subnet", "32"),
            ("cp_enable", "true"),
            ("cp_namespace", "kube-system"),
            ("vip_leaderelection", "true"),
            ("vip_leasename", "plndr-cp-lock"),
            ("vip_leaseduration", "5"),
            ("vip_renewdeadline", "3"),
            ("vip_retryperiod", "1"),
            ("address", settings.ApiVip),
        };
        var pod = new V1Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new V1ObjectMeta { Name = "kube-vip", NamespaceProperty = "kube-system" },
            Spec = new V1PodSpec
            {
                HostNetwork = true,
                HostAliases = [new V1HostAlias { Hostnames = ["kubernetes"], Ip = "127.0.0.1" }],
                Containers =
                [
                    new V1Container
                    {
                        Name = "kube-vip",
                        Image = settings.KubeVipImage,
                        ImagePullPolicy = "IfNotPresent",
                        Args = ["manager"],
                        Env = env.Select(e => new V1EnvVar { Name = e.Name, Value = e.Value }).ToList(),
                        SecurityContext = new V1SecurityContext
                        {
                            Capabilities = new V1Capabilities { Add = ["NET_ADMIN", "NET_RAW"], Drop = ["ALL"] },
                        },
                        VolumeMounts = [new V1VolumeMount { Name = "kubeconfig", MountPath = NodePaths.AdminKubeconfig }],
                    },
                ],
                Volumes = [new V1Volume { Name = "kubeconfig", HostPath = new V1HostPathVolumeSource { Path = kubeconfig, Type = "File" } }],
            },
        };
        return KubernetesObjects.ToPlanValue(pod);
    }
}
