using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Entry;

/// <summary>What the TLS entry point installs, each pinned to an exact version.</summary>
public static class EntryCharts
{
    /// <summary>The Gateway API release whose standard-channel CRDs the platform installs (Traefik 3.7 needs v1.5.1 or later).</summary>
    public const string GatewayApiVersion = "v1.6.1";

    /// <summary>The standard-channel CRDs of <see cref="GatewayApiVersion"/>, as released.</summary>
    public const string GatewayApiCrds = $"https://github.com/kubernetes-sigs/gateway-api/releases/download/{GatewayApiVersion}/standard-install.yaml";

    /// <summary>Traefik chart 41.3.0 (Traefik Proxy v3.7.11), the Gateway API implementation.</summary>
    public static readonly HelmChart Traefik = new("https://traefik.github.io/charts", "traefik", "41.3.0");

    /// <summary>cert-manager v1.21.1.</summary>
    public static readonly HelmChart CertManager = new("https://charts.jetstack.io", "cert-manager", "v1.21.1");

    /// <summary>kube-vip chart 0.9.9 (kube-vip v1.0.4, the control plane's version): announces service addresses.</summary>
    public static readonly HelmChart KubeVip = new("https://kube-vip.github.io/helm-charts", "kube-vip", "0.9.9");
}
