namespace ResearchPlatform.Components.Compute;

/// <summary>Where cloud-init writes the bootstrap files on a node.</summary>
public static class NodePaths
{
    public const string KubeadmConfig = "/etc/kubernetes/research-platform/kubeadm.yaml";
    public const string DiscoveryKubeconfig = "/etc/kubernetes/research-platform/discovery.conf";
    public const string BootstrapScript = "/usr/local/sbin/research-platform-bootstrap";
    public const string CaCert = "/etc/kubernetes/pki/ca.crt";
    public const string CaKey = "/etc/kubernetes/pki/ca.key";
    public const string KubeVipManifest = "/etc/kubernetes/manifests/kube-vip.yaml";
    public const string AdminKubeconfig = "/etc/kubernetes/admin.conf";
    public const string SuperAdminKubeconfig = "/etc/kubernetes/super-admin.conf";
    public const string ContainerdSocket = "unix:///run/containerd/containerd.sock";
}
