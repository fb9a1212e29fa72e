namespace ResearchPlatform.Components.Compute;

/// <summary>
/// The script cloud-init runs once on first boot: container runtime and pinned Kubernetes packages,
/// then <c>kubeadm init</c> or <c>kubeadm join</c>. It exits early on a node that already belongs to
/// the cluster, so a re-run never re-initialises anything.
/// </summary>
public static class BootstrapScript
{
    /// <summary>The Debian revision of the pkgs.k8s.io packages.</summary>
    public const string PackageRevision = "1.1";

    /// <summary>The script for a node of <paramref name="role"/>.</summary>
    public static string Build(ClusterSettings settings, NodeRole role)
    {
        var repository = $"https://pkgs.k8s.io/core:/stable:/v{settings.KubernetesMinor}/deb/";
        var version = $"{settings.KubernetesVersion}-{PackageRevision}";
        var kubeadm = role switch
        {
            NodeRole.InitControlPlane =>
                $"""
                kubeadm init --config {NodePaths.KubeadmConfig} --upload-certs
                # kube-vip needed super-admin.conf only until admin.conf was authorised.
                sed -i 's#{NodePaths.SuperAdminKubeconfig}#{NodePaths.AdminKubeconfig}#' {NodePaths.KubeVipManifest}
                """,
            _ => $"kubeadm join --config {NodePaths.KubeadmConfig}",
        };
        return $"""
            #!/bin/bash
            # Written by research-platform. Runs once, from cloud-init, on first boot.
            set -euo pipefail
            if [ -f /etc/kubernetes/kubelet.conf ]; then
              echo "research-platform: already a cluster member, nothing to do"
              exit 0
            fi
            swapoff -a
            sed -i '/\sswap\s/d' /etc/fstab
            modprobe overlay
            modprobe br_netfilter
            sysctl --system
            install -d -m 0755 /etc/apt/keyrings
            curl -fsSL {repository}Release.key | gpg --dearmor -o /etc/apt/keyrings/kubernetes-apt-keyring.gpg
            echo 'deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] {repository} /' > /etc/apt/sources.list.d/kubernetes.list
            apt-get update
            DEBIAN_FRONTEND=noninteractive apt-get install -y containerd kubelet={version} kubeadm={version} kubectl={version}
            apt-mark hold containerd kubelet kubeadm kubectl
            install -d -m 0755 /etc/containerd
            containerd config default | sed 's/SystemdCgroup = false/SystemdCgroup = true/' > /etc/containerd/config.toml
            systemctl restart containerd
            systemctl enable kubelet
            {kubeadm}
            echo "research-platform: node bootstrap complete"

            """;
    }
}
