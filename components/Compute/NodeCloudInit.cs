using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Compute;

/// <summary>
/// A node's cloud-init documents. Only the first control-plane node receives the CA key (kubeadm
/// adopts the plan's CA); the others join with the bootstrap token and, for the control plane,
/// the certificate key.
/// </summary>
public static class NodeCloudInit
{
    /// <summary>The user-data (<c>#cloud-config</c>) of <paramref name="node"/>.</summary>
    public static YamlDocumentValue UserData(ClusterSettings settings, NodeArgs node, ClusterPkiComponent pki)
    {
        var files = new List<PlanValue>
        {
            File("/etc/modules-load.d/kubernetes.conf", "0644", "overlay\nbr_netfilter\n"),
            File("/etc/sysctl.d/90-kubernetes.conf", "0644", "net.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward = 1\nvm.overcommit_memory = 1\nkernel.panic = 10\nkernel.panic_on_oops = 1\n"),
        };
        if (node.Role == NodeRole.InitControlPlane)
        {
            files.Add(File(NodePaths.CaCert, "0644", pki.CaCertPem));
            files.Add(File(NodePaths.CaKey, "0600", pki.CaKeyPem));
            files.Add(File(NodePaths.KubeadmConfig, "0600", KubeadmConfig.Init(settings, node, pki)));
        }
        else
        {
            files.Add(File(NodePaths.DiscoveryKubeconfig, "0600", Kubeconfigs.Discovery(settings, pki)));
            files.Add(File(NodePaths.KubeadmConfig, "0600", KubeadmConfig.Join(settings, node, pki)));
        }

        if (node.IsControlPlane)
        {
            files.Add(File(NodePaths.KubeVipManifest, "0600", new YamlDocumentValue(KubeVipManifest.Build(settings, node))));
        }

        files.Add(File(NodePaths.BootstrapScript, "0700", BootstrapScript.Build(settings, node.Role)));

        return new YamlDocumentValue(
            Map(
                ("hostname", node.Name),
                ("fqdn", $"{node.Name}.{settings.Domain}"),
                ("manage_etc_hosts", true),
                ("timezone", settings.Timezone),
                ("ntp", Map(("enabled", true), ("ntp_client", "chrony"), ("servers", Strings(settings.Network.NtpServers)))),
                ("ssh_pwauth", false),
                ("disable_root", true),
                ("users", List(Map(
                    ("name", "ubuntu"),
                    ("groups", Strings(["sudo"])),
                    ("shell", "/bin/bash"),
                    ("sudo", "ALL=(ALL) NOPASSWD:ALL"),
                    ("lock_passwd", true),
                    ("ssh_authorized_keys", Strings(settings.SshAuthorizedKeys))))),
                ("package_update", true),
                ("packages", Strings(["apt-transport-https", "ca-certificates", "curl", "gpg", "open-vm-tools"])),
                ("write_files", List(files)),
                ("runcmd", List(Strings([NodePaths.BootstrapScript])))),
            "#cloud-config");
    }

    /// <summary>The metadata: instance id, host name and the static network (netplan v2).</summary>
    public static YamlDocumentValue MetaData(ClusterSettings settings, NodeArgs node)
    {
        var network = settings.Network;
        return new YamlDocumentValue(Map(
            ("instance-id", node.Name),
            ("local-hostname", node.Name),
            ("network", Map(
                ("version", 2),
                ("ethernets", Map(
                    (network.Interface, Map(
                        ("dhcp4", false),
                        ("addresses", Strings([$"{node.Address}/{network.PrefixLength}"])),
                        ("routes", List(Map(("to", "default"), ("via", network.Gateway)))),
                        ("nameservers", Map(
                            ("addresses", Strings(network.DnsServers)),
                            ("search", Strings(network.SearchDomains))))))))))));
    }

    private static MapValue File(string path, string permissions, PlanValue content) => Map(
        ("path", path),
        ("owner", "root:root"),
        ("permissions", permissions),
        ("content", content));
}
