using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Entry;

/// <summary>The TLS entry point in the prod render: what each part is given, and how it is reached.</summary>
public class EntryPointTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly RenderedTree Render = OfflineRenderer.Compile(Prod);

    private static YamlNode Values(string component, string release) => Parse(Render.Files[$"components/{component}/{release}.values.yaml"]).Single();

    [Fact]
    public void Render_ProdStack_InstallsTheStandardGatewayApiCrdsFromTheirRelease()
    {
        var crds = (KubernetesManifestSpec)Prod.Resources.Single(r => r.Name == "gateway-api-crds").Spec;

        Assert.Equal(["https://github.com/kubernetes-sigs/gateway-api/releases/download/v1.6.1/standard-install.yaml"], crds.Files);
        Assert.Empty(crds.Objects);
        Assert.DoesNotContain("components/gateway-api/gateway-api-crds.manifest.yaml", Render.Files.Keys);
    }

    [Fact]
    public void Render_Traefik_ServesEachHostOnItsOwnHttpsListenerAndRedirectsHttp()
    {
        var values = Values("traefik", "traefik");
        var listeners = (YamlMappingNode)((YamlMappingNode)values)["gateway"]["listeners"];
        var https = listeners["https-hub"];

        Assert.Equal("platform", At(values, "gateway", "name"));
        Assert.Equal("university-ca", At(values, "gateway", "annotations", "cert-manager.io/cluster-issuer"));
        Assert.Equal(("hub.dsp.uni-example.edu", "HTTPS", "8443", "Terminate"), (At(https, "hostname"), At(https, "protocol"), At(https, "port"), At(https, "mode")));
        Assert.Equal("https-hub-tls", Scalar(((YamlSequenceNode)https["certificateRefs"])[0]["name"]));

        // One listener per host name of the stack, no wildcard: each host has a certificate (and key) of its own.
        var config = TestStacks.Load("prod").Config;
        Assert.Equal(
            ["web", .. Stacks.Sections.PlatformSections.All.OfType<Stacks.Sections.IHostnames>().SelectMany(s => s.Hostnames(config)).Select(h => EntryPoint.Listener(h.Hostname))],
            listeners.Children.Keys.Select(Scalar));
        Assert.DoesNotContain(listeners.Children.Values, l => l is YamlMappingNode m && m.Children.ContainsKey("hostname") && At(m, "hostname").StartsWith('*'));
        Assert.Equal(("Selector", "research-platform"), (At(https, "namespacePolicy", "from"), At(https, "namespacePolicy", "selector", "matchLabels", "app.kubernetes.io/managed-by")));
        Assert.Equal(("websecure", "https", "true"), (At(values, "ports", "web", "http", "redirections", "entryPoint", "to"), At(values, "ports", "web", "http", "redirections", "entryPoint", "scheme"), At(values, "ports", "web", "http", "redirections", "entryPoint", "permanent")));
        Assert.Equal("10.41.20.100", At(values, "service", "annotations", "kube-vip.io/loadbalancerIPs"));
        Assert.Equal(("true", "false", "false"), (At(values, "providers", "kubernetesGateway", "enabled"), At(values, "providers", "kubernetesCRD", "enabled"), At(values, "ingressClass", "enabled")));
    }

    [Fact]
    public void Render_ServiceVips_AnnounceFromWorkersOnlyForServicesOnly()
    {
        var values = Values("service-vips", "kube-vip-services");

        Assert.Equal(("true", "false", "true", "ens192"), (At(values, "env", "svc_enable"), At(values, "env", "cp_enable"), At(values, "env", "svc_election"), At(values, "env", "vip_interface")));
        Assert.Contains("operator: DoesNotExist", Render.Files["components/service-vips/kube-vip-services.values.yaml"]);
        Assert.Empty((YamlSequenceNode)((YamlMappingNode)values)["tolerations"]);
    }

    [Fact]
    public void Render_CertManager_IssuesFromTheUniversityCaKeptAsSecrets()
    {
        var values = Values("cert-manager", "cert-manager");
        var issuer = Parse(Render.Files["components/cert-manager/cluster-issuer.manifest.yaml"]).Single();
        var secret = (KubernetesSecretSpec)Prod.Resources.Single(r => r.Name == "university-ca-secret").Spec;

        Assert.Equal(("true", "true"), (At(values, "crds", "enabled"), At(values, "config", "gatewayAPI", "enabled")));
        Assert.Equal(("ClusterIssuer", "university-ca", "university-ca"), (At(issuer, "kind"), At(issuer, "metadata", "name"), At(issuer, "spec", "ca", "secretName")));
        Assert.Equal(("cert-manager", "kubernetes.io/tls"), (secret.Namespace, secret.Type));
        Assert.Equal(
            ["${secret:config:research-platform:entry.ca.certificate}", "${secret:config:research-platform:entry.ca.key}"],
            secret.StringData.Where(e => e.Key != "ca.crt").Select(e => PlanValueResolver.Symbolic.ResolveText(e.Value)));
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", PlanValueResolver.Symbolic.ResolveText(secret.StringData.Single(e => e.Key == "ca.crt").Value));
        Assert.Contains("cert-manager-crds-ready", Prod.Resources.Single(r => r.Name == "cluster-issuer").DependsOn);
    }

    [Fact]
    public void Plan_Hub_WaitsForTheGatewayAndIsItsOnlyRouteHost()
    {
        var hub = Prod.Resources.Single(r => r.Name == "jupyterhub" && r.Kind == ResourceKind.HelmRelease);

        Assert.Contains("traefik", hub.Dependencies());
        Assert.True(Prod.Graph.LevelOf["traefik"] < Prod.Graph.LevelOf["jupyterhub"]);
    }

    [Fact]
    public void Render_EntryNamespaces_AdmitOnlyTheFlowsTheyNeed()
    {
        var traefik = Render.Files["components/namespaces/namespace-traefik.manifest.yaml"];
        var certManager = Render.Files["components/namespaces/namespace-cert-manager.manifest.yaml"];
        var kubeVip = Render.Files["components/namespaces/namespace-kube-vip.manifest.yaml"];

        Assert.Contains("pod-security.kubernetes.io/enforce: restricted", traefik);
        Assert.Contains("  name: default-deny\n", traefik);
        Assert.Contains("  name: allow-web-and-websecure\n", traefik);
        Assert.Contains("  name: allow-platform-services\n", traefik);
        Assert.Contains("pod-security.kubernetes.io/enforce: restricted", certManager);
        Assert.Contains("  name: allow-webhook-from-api-server\n", certManager);
        Assert.Contains("pod-security.kubernetes.io/enforce: privileged", kubeVip);
        Assert.Contains("  name: default-deny\n", kubeVip);
    }

    [Fact]
    public void Gateway_Serves_ItsListenersHostsOnly()
    {
        var gateway = new GatewayHandle("platform", "traefik", ["hub.dsp.uni-example.edu"], "dsp.uni-example.edu", new PlanResource { Name = "traefik", Spec = new KubernetesManifestSpec { Objects = [] } });

        Assert.True(gateway.Serves("hub.dsp.uni-example.edu"));
        Assert.Equal("https-hub", gateway.Listener("hub.dsp.uni-example.edu"));
        Assert.False(gateway.Serves("a.hub.dsp.uni-example.edu"));
        Assert.False(gateway.Serves("data.dsp.uni-example.edu"));
        Assert.Equal("the Gateway has no HTTPS listener for data.dsp.uni-example.edu: declare it in the section's Hostnames (Parameter 'hostname')", Assert.Throws<ArgumentException>(() => gateway.Listener("data.dsp.uni-example.edu")).Message);
    }
}
