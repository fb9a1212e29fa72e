using ResearchPlatform.Components.Compute;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Compute;

/// <summary>What each node role's cloud-init does, read back from the render as the node parses it.</summary>
public class NodeBootstrapTests
{
    [Fact]
    public void Render_FirstControlPlaneNode_InitialisesTheClusterWithThePlansCa()
    {
        var node = Of("prod", "control-plane", "cp-1");
        var documents = Parse(node.Files[NodePaths.KubeadmConfig]);

        Assert.Equal(["InitConfiguration", "ClusterConfiguration", "KubeletConfiguration"], documents.Select(d => At(d, "kind")));
        Assert.All(documents.Take(2), d => Assert.Equal("kubeadm.k8s.io/v1beta4", At(d, "apiVersion")));
        var (init, cluster) = (documents[0], documents[1]);
        Assert.Equal("${secret:bootstrap-token-id.result}.${secret:bootstrap-token-secret.result}", Scalar(((YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)init)["bootstrapTokens"])[0])["token"]));
        Assert.Equal("${secret:certificate-key.result}", At(init, "certificateKey"));
        Assert.Equal("10.41.20.11", At(init, "localAPIEndpoint", "advertiseAddress"));
        Assert.Equal("dsp-prod-cp-1", At(init, "nodeRegistration", "name"));
        Assert.Equal("10.41.20.10:6443", At(cluster, "controlPlaneEndpoint"));
        Assert.Equal("v1.35.6", At(cluster, "kubernetesVersion"));
        Assert.Equal("10.244.0.0/16", At(cluster, "networking", "podSubnet"));
        Assert.Equal("10.96.0.0/12", At(cluster, "networking", "serviceSubnet"));
        Assert.Equal("systemd", At(documents[2], "cgroupDriver"));
        Assert.Equal("${secret:cluster-ca-key.privateKeyPem}", node.Files[NodePaths.CaKey]);
        Assert.Equal("0600", node.Permissions(NodePaths.CaKey));
        Assert.Equal("0600", node.Permissions(NodePaths.KubeadmConfig));
    }

    [Fact]
    public void Render_NodeRegistration_UsesTheV1Beta4ArgumentList()
    {
        var init = Parse(Of("prod", "control-plane", "cp-1").Files[NodePaths.KubeadmConfig])[0];
        var args = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)init)["nodeRegistration"])["kubeletExtraArgs"];

        Assert.Equal(
            ["node-ip=10.41.20.11", "node-labels=research-platform/pool=cp"],
            args.Children.Select(a => $"{At(a, "name")}={At(a, "value")}"));
    }

    [Fact]
    public void Render_JoiningControlPlaneNode_JoinsWithTheCertificateKeyAndNoCaKey()
    {
        var node = Of("prod", "control-plane", "cp-2");
        var join = Parse(node.Files[NodePaths.KubeadmConfig]).Single();

        Assert.Equal("JoinConfiguration", At(join, "kind"));
        Assert.Equal(NodePaths.DiscoveryKubeconfig, At(join, "discovery", "file", "kubeConfigPath"));
        Assert.Equal("${secret:certificate-key.result}", At(join, "controlPlane", "certificateKey"));
        Assert.Equal("10.41.20.12", At(join, "controlPlane", "localAPIEndpoint", "advertiseAddress"));
        Assert.DoesNotContain(NodePaths.CaKey, node.Files.Keys);
        Assert.Equal("https://10.41.20.10:6443", At(((YamlSequenceNode)((YamlMappingNode)Parse(node.Files[NodePaths.DiscoveryKubeconfig])[0])["clusters"])[0], "cluster", "server"));
    }

    [Fact]
    public void Render_Worker_JoinsWithTheTokenOnly()
    {
        var node = Of("prod", "pool-general", "general-3");
        var join = (YamlMappingNode)Parse(node.Files[NodePaths.KubeadmConfig]).Single();

        Assert.False(join.Children.ContainsKey("controlPlane"));
        Assert.Equal("${secret:bootstrap-token-id.result}.${secret:bootstrap-token-secret.result}", At(join, "discovery", "tlsBootstrapToken"));
        Assert.Equal("dsp-prod-general-3", At(join, "nodeRegistration", "name"));
        Assert.DoesNotContain(NodePaths.KubeVipManifest, node.Files.Keys);
        Assert.DoesNotContain(NodePaths.CaKey, node.Files.Keys);
    }

    [Fact]
    public void Render_GpuWorker_RegistersTaintedAndLabelled()
    {
        var join = Parse(Of("prod", "pool-gpu", "gpu-1").Files[NodePaths.KubeadmConfig]).Single();
        var taint = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)join)["nodeRegistration"])["taints"])[0];

        Assert.Equal("nvidia.com/gpu=present:NoSchedule", $"{At(taint, "key")}={At(taint, "value")}:{At(taint, "effect")}");
        Assert.Contains("research-platform/gpu-profile=grid_a100-40c", At(((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)join)["nodeRegistration"])["kubeletExtraArgs"])[1], "value"));
    }

    [Theory]
    [InlineData("cp-1", "/etc/kubernetes/super-admin.conf")]
    [InlineData("cp-2", "/etc/kubernetes/admin.conf")]
    [InlineData("cp-3", "/etc/kubernetes/admin.conf")]
    public void Render_KubeVip_AnnouncesTheVipWithTheRightKubeconfig(string resource, string kubeconfig)
    {
        var pod = Parse(Of("prod", "control-plane", resource).Files[NodePaths.KubeVipManifest]).Single();
        var container = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)pod)["spec"])["containers"])[0];
        var env = ((YamlSequenceNode)((YamlMappingNode)container)["env"]).Children.ToDictionary(e => At(e, "name"), e => At(e, "value"));

        Assert.Equal("10.41.20.10", env["address"]);
        Assert.Equal("ens192", env["vip_interface"]);
        Assert.Equal("true", env["cp_enable"]);
        Assert.Equal("ghcr.io/kube-vip/kube-vip:v1.0.4", At(container, "image"));
        Assert.Equal(kubeconfig, At(((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)pod)["spec"])["volumes"])[0], "hostPath", "path"));
    }

    [Fact]
    public void Render_BootstrapScript_PinsKubernetesAndRunsOncePerRole()
    {
        var init = Of("prod", "control-plane", "cp-1").Files[NodePaths.BootstrapScript];
        var worker = Of("prod", "pool-general", "general-1").Files[NodePaths.BootstrapScript];

        Assert.Contains("apt-get install -y containerd kubelet=1.35.6-1.1 kubeadm=1.35.6-1.1 kubectl=1.35.6-1.1\n", init);
        Assert.Contains("https://pkgs.k8s.io/core:/stable:/v1.35/deb/", init);
        Assert.Contains("if [ -f /etc/kubernetes/kubelet.conf ]; then", init);
        Assert.Contains($"kubeadm init --config {NodePaths.KubeadmConfig} --upload-certs\n", init);
        Assert.Contains($"s#{NodePaths.SuperAdminKubeconfig}#{NodePaths.AdminKubeconfig}#", init);
        Assert.Contains($"kubeadm join --config {NodePaths.KubeadmConfig}\n", worker);
        Assert.DoesNotContain("kubeadm init", worker);
    }

    [Fact]
    public void Render_MetaData_ConfiguresTheStaticAddress()
    {
        var meta = Of("dr", "pool-highmem", "highmem-1").MetaData;
        var nic = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)meta["network"])["ethernets"])["ens192"];

        Assert.Equal("dsp-dr-highmem-1", At(meta, "local-hostname"));
        Assert.Equal("10.52.20.41/24", Scalar(((YamlSequenceNode)nic["addresses"])[0]));
        Assert.Equal("10.52.20.254", At(((YamlSequenceNode)nic["routes"])[0], "via"));
    }

    [Fact]
    public void Render_DrStack_BuildsItsOwnSite()
    {
        var node = Of("dr", "control-plane", "cp-1");
        var cluster = Parse(node.Files[NodePaths.KubeadmConfig])[1];

        Assert.Equal("dsp-dr", At(cluster, "clusterName"));
        Assert.Equal("10.52.20.10:6443", At(cluster, "controlPlaneEndpoint"));
        Assert.Equal("dsp-dr-cp-1.dc-south.uni-example.edu", At(node.UserData, "fqdn"));
    }
}
