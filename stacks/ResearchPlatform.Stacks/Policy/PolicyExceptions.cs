namespace ResearchPlatform.Stacks.Policy;

/// <summary>
/// The platform's exceptions to its own policy, each with its reason: the only place one is granted.
/// A finding that matches none fails <c>check</c>.
/// </summary>
public static class PolicyExceptions
{
    public static IReadOnlyList<PolicyException> All { get; } =
    [
        new("pod-security", "trident", "privileged: Trident's node plugin mounts every volume's NFS export on its host"),
        new("pod-security", "gpu-operator", "privileged: the GPU Operator's driver and toolkit DaemonSets load kernel modules and configure containerd on each GPU node"),
        new("pod-security", "kube-vip", "privileged: kube-vip's services DaemonSet announces the Gateway address on the node network with host networking and NET_ADMIN/NET_RAW"),
        new("pod-security", "monitoring", "privileged: kube-prometheus-stack's node-exporter reads each node's /proc, /sys and root file system with the host's PID and network namespaces"),
        new("pod-security", "checkmk", "privileged: the Checkmk agent's cAdvisor (container-metrics DaemonSet) runs as root with SYS_PTRACE and reads each host's /sys, /var/run and container runtime through hostPath; baseline forbids both"),
        new("pod-security", "jupyterhub", "baseline: the chart's pods and KubeSpawner's notebooks do not all set the seccomp profile and dropped capabilities restricted demands; baseline still refuses privileged, host-namespace and hostPath pods, and the namespace warns at restricted"),
        new("default-deny", "trident", "vendor-managed: Trident's host-network node plugin calls its controller pod, and the controller calls ONTAP and the API"),
        new("image-digest", "vgpu-guest-driver", "the GPU Operator composes the driver image per node OS from the site's mirror (driverRepository, driverVersion); it has no digest form"),
        new("image-digest", "superset-kubernetes-operator", "no digest of the operator's 0.2.0 image is recorded anywhere public this project could read, and no registry is reachable where it is built: resolve it with crane digest and pin it in SupersetImages before the first deployment"),
        new("image-digest", "kubernetes-collector", "Checkmk publishes no digest of its 1.11.0 collector image and none is recorded anywhere public this project could read: resolve it with crane digest and pin it in CheckmkCharts before the first deployment"),
        new("image-digest", "cadvisor-patched", "as kubernetes-collector: Checkmk's patched cAdvisor 1.11.0 has no digest recorded in public; pin it in CheckmkCharts with crane digest"),
    ];

    /// <summary>The exception to rule <paramref name="rule"/> for <paramref name="subject"/>, or null.</summary>
    public static PolicyException? For(string rule, string subject) => All.FirstOrDefault(e => e.Rule == rule && e.Subject == subject);
}
