using Pulumi;
using ResearchPlatform.Components.Cluster;
using CorePki = ResearchPlatform.Components.Cluster.ClusterPki;

namespace ResearchPlatform.Infra.Components;

/// <summary>The cluster CA, the admin client certificate and the kubeadm join secrets, kept in Pulumi state.</summary>
public sealed class ClusterPki : PlatformComponentResource
{
    internal ClusterPki(ClusterPkiComponent pki, RealizationContext context, ComponentResourceOptions options)
        : base(CorePki.Type, pki.Component.Name, options)
    {
        Realize(pki.Component, context);
        CaCertPem = Values(context).Text(pki.CaCertPem);
        RegisterOutputs();
    }

    /// <summary>The cluster CA certificate (PEM), which clients of the API trust.</summary>
    [Output("caCertPem")]
    public Output<string> CaCertPem { get; }
}
