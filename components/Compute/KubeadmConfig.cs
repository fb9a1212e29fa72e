using ResearchPlatform.Components.Cluster;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Compute;

/// <summary>
/// kubeadm configuration files (API <c>kubeadm.k8s.io/v1beta4</c>) for each node role, built as
/// typed trees with the join secrets as references.
/// </summary>
public static class KubeadmConfig
{
    public const string ApiVersion = "kubeadm.k8s.io/v1beta4";

    /// <summary>The first control-plane node: InitConfiguration, ClusterConfiguration, KubeletConfiguration.</summary>
    public static TextValue Init(ClusterSettings settings, NodeArgs node, ClusterPkiComponent pki) => Text(
        new YamlDocumentValue(Map(
            ("apiVersion", ApiVersion),
            ("kind", "InitConfiguration"),
            ("bootstrapTokens", List(Map(
                ("token", pki.BootstrapToken),
                ("description", "research-platform node joins"),

                // Nodes are added by later deployments at any time, so the token does not expire;
                // it only lets a node request its own kubelet certificate.
                ("ttl", "0s"),
                ("usages", Strings(["signing", "authentication"])),
                ("groups", Strings(["system:bootstrappers:kubeadm:default-node-token"]))))),
            ("certificateKey", pki.CertificateKey),
            ("localAPIEndpoint", LocalApiEndpoint(settings, node)),
            ("nodeRegistration", NodeRegistration(node)))),
        "---\n",
        new YamlDocumentValue(ClusterConfiguration(settings)),
        "---\n",
        new YamlDocumentValue(KubeletConfiguration()));

    /// <summary>A joining node; control-plane nodes also fetch the control-plane certificates with the certificate key.</summary>
    public static YamlDocumentValue Join(ClusterSettings settings, NodeArgs node, ClusterPkiComponent pki) => new(Map(
        ("apiVersion", ApiVersion),
        ("kind", "JoinConfiguration"),
        ("discovery", Map(
            ("file", Map(("kubeConfigPath", NodePaths.DiscoveryKubeconfig))),
            ("tlsBootstrapToken", pki.BootstrapToken))),
        ("controlPlane", node.IsControlPlane
            ? Map(("localAPIEndpoint", LocalApiEndpoint(settings, node)), ("certificateKey", pki.CertificateKey))
            : null),
        ("nodeRegistration", NodeRegistration(node))));

    /// <summary>The cluster-wide settings kubeadm stores in the cluster at init.</summary>
    public static MapValue ClusterConfiguration(ClusterSettings settings) => Map(
        ("apiVersion", ApiVersion),
        ("kind", "ClusterConfiguration"),
        ("clusterName", settings.ClusterName),
        ("kubernetesVersion", $"v{settings.KubernetesVersion}"),
        ("controlPlaneEndpoint", settings.ControlPlaneEndpoint),
        ("networking", Map(
            ("podSubnet", settings.PodSubnet),
            ("serviceSubnet", settings.ServiceSubnet),
            ("dnsDomain", "cluster.local"))),
        ("apiServer", Map(
            ("certSANs", Strings([settings.ApiVip])),
            ("extraArgs", List(Arg("profiling", "false"))))),

        // kubeadm binds both to 127.0.0.1, where Prometheus cannot reach them; their secure ports
        // authenticate every caller, so they listen on the node network instead.
        ("controllerManager", Map(("extraArgs", List(Arg("profiling", "false"), Arg("bind-address", "0.0.0.0"))))),
        ("scheduler", Map(("extraArgs", List(Arg("profiling", "false"), Arg("bind-address", "0.0.0.0"))))));

    private static MapValue KubeletConfiguration() => Map(
        ("apiVersion", "kubelet.config.k8s.io/v1beta1"),
        ("kind", "KubeletConfiguration"),
        ("cgroupDriver", "systemd"),
        ("rotateCertificates", true),
        ("protectKernelDefaults", true));

    private static MapValue LocalApiEndpoint(ClusterSettings settings, NodeArgs node) => Map(
        ("advertiseAddress", node.Address),
        ("bindPort", settings.ApiPort));

    private static MapValue NodeRegistration(NodeArgs node)
    {
        var extraArgs = new List<PlanValue> { Arg("node-ip", node.Address) };
        if (node.Labels.Count > 0)
        {
            extraArgs.Add(Arg("node-labels", string.Join(",", node.Labels.Select(l => $"{l.Key}={l.Value}"))));
        }

        return Map(
            ("name", node.Name),
            ("criSocket", NodePaths.ContainerdSocket),
            ("kubeletExtraArgs", List(extraArgs)),

            // Control-plane nodes keep kubeadm's default taint (taints omitted); workers list theirs.
            // kube-vip's manifest may sit in the manifests directory before kubeadm runs: kubeadm's
            // preflight checks only the files of its own control-plane components there.
            ("taints", node.IsControlPlane ? null : List(node.Taints.Select(t => (PlanValue)Map(("key", t.Key), ("value", t.Value), ("effect", t.Effect))))));
    }

    private static MapValue Arg(string name, string value) => Map(("name", name), ("value", value));
}
