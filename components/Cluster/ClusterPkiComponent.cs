using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Cluster;

/// <summary>The cluster PKI in the plan, with the references other components consume.</summary>
public sealed record ClusterPkiComponent
{
    public required PlanComponent Component { get; init; }

    /// <summary>The cluster CA certificate (PEM).</summary>
    public required OutputReference CaCertPem { get; init; }

    /// <summary>The cluster CA key (PEM, secret).</summary>
    public required OutputReference CaKeyPem { get; init; }

    /// <summary>The admin client certificate (PEM), group <c>kubeadm:cluster-admins</c>.</summary>
    public required OutputReference AdminCertPem { get; init; }

    /// <summary>The admin client key (PEM, secret).</summary>
    public required OutputReference AdminKeyPem { get; init; }

    /// <summary>The kubeadm bootstrap token, <c>[a-z0-9]{6}.[a-z0-9]{16}</c> (secret).</summary>
    public required TextValue BootstrapToken { get; init; }

    /// <summary>The key that encrypts the control-plane certificates kubeadm uploads (64 hex digits, secret).</summary>
    public required OutputReference CertificateKey { get; init; }
}
