using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Checkmk;

/// <summary>The Checkmk agent as prod renders it: the privileged namespace, TLS with the cluster CA, one way in.</summary>
public class CheckmkTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlMappingNode Values => (YamlMappingNode)Parse(Render.Files["components/checkmk/checkmk.values.yaml"]).Single();

    [Fact]
    public void Render_Namespace_IsTheListedPrivilegedExceptionWithItsReasonInTheSummary()
    {
        var ns = Parse(Render.Files["components/namespaces/namespace-checkmk.manifest.yaml"]).First();
        var exception = Stacks.Policy.PolicyExceptions.For("pod-security", "checkmk");

        Assert.Equal("privileged", At(ns, "metadata", "labels", "pod-security.kubernetes.io/enforce"));
        Assert.NotNull(exception);
        Assert.Contains($"| checkmk | {exception.Reason} | yes |", Render.Files["summary.md"]);
        Assert.Equal(Components.Checkmk.Checkmk.PrivilegedWorkloads, ((HelmReleaseSpec)Prod.Resources.Single(r => r.Name == "checkmk").Spec).PrivilegedWorkloads);
    }

    [Fact]
    public void Render_Collector_SpeaksTlsWithACertificateTheClusterCaSigns()
    {
        Assert.Equal(("true", "true"), (At(Values, "tlsCommunication", "enabled"), At(Values, "tlsCommunication", "verifySsl")));
        Assert.Equal(("${secret:checkmk-collector-key.privateKeyPem}", "${checkmk-collector-cert.certPem}", "${cluster-ca-cert.certPem}"),
            (At(Values, "tlsCommunication", "clusterCollectorKey"), At(Values, "tlsCommunication", "clusterCollectorCert"), At(Values, "tlsCommunication", "checkmkCaCert")));

        var request = (TlsCertRequestSpec)Prod.Resources.Single(r => r.Name == "checkmk-collector-csr").Spec;
        var certificate = (TlsLocallySignedCertSpec)Prod.Resources.Single(r => r.Name == "checkmk-collector-cert").Spec;
        Assert.Equal(["10.41.20.102"], request.IpAddresses);
        Assert.Contains("checkmk-cluster-collector.checkmk.svc", request.DnsNames);
        Assert.Equal(["server_auth", "digital_signature", "key_encipherment"], certificate.AllowedUses);
        Assert.Equal(Prod.Resources.Single(r => r.Name == "cluster-ca-cert").Output("certPem"), certificate.CaCertPem);
    }

    [Fact]
    public void Render_Collector_IsReachedAtItsOwnAddressFromTheCheckmkServerOnly()
    {
        var service = Parse(Render.Files["components/checkmk/checkmk-collector-external.manifest.yaml"]).Single();
        var policy = Parse(Render.Files["components/namespaces/namespace-checkmk.manifest.yaml"]).Single(o => At(o, "metadata", "name") == "allow-collector-from-checkmk-server");
        var rule = ((YamlSequenceNode)policy["spec"]["ingress"]).Single();

        Assert.Equal(("LoadBalancer", "Local", "10.41.20.102"), (At(service, "spec", "type"), At(service, "spec", "externalTrafficPolicy"), At(service, "metadata", "annotations", "kube-vip.io/loadbalancerIPs")));
        Assert.Equal(("10.41.0.20/32", "10050"), (At(((YamlSequenceNode)rule["from"]).Single(), "ipBlock", "cidr"), At(((YamlSequenceNode)rule["ports"]).Single(), "port")));
        var pods = ((YamlSequenceNode)policy["spec"]["podSelector"]["matchExpressions"]).Single();
        Assert.Equal(("app", "checkmk-cluster-collector"), (At(pods, "key"), Scalar(((YamlSequenceNode)pods["values"]).Single())));
        Assert.Equal("false", At(Values, "networkPolicy", "enabled"));
    }

    [Fact]
    public void Render_Outputs_GiveTheCheckmkServerItsCollectorAndToken()
    {
        Assert.Contains(Prod.Outputs, o => o.Name == "checkmkCollectorUrl" && o.Value == "https://10.41.20.102:8080");
        Assert.Contains(Prod.Outputs, o => o.Name == "checkmkTokenSecret" && o.Value == "checkmk/checkmk-checkmk");
    }

    [Fact]
    public void Render_EveryContainer_HasRequestsAndLimits()
    {
        foreach (var path in new[] { new[] { "clusterCollector" }, ["nodeCollector", "cadvisor"], ["nodeCollector", "containerMetricsCollector"], ["nodeCollector", "machineSectionsCollector"] })
        {
            Assert.NotEmpty(At(Values, [.. path, "resources", "limits", "memory"]));
            Assert.NotEmpty(At(Values, [.. path, "resources", "requests", "cpu"]));
        }
    }
}
