using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Entry;

/// <summary>Inputs of <see cref="EntryPoint"/>.</summary>
public sealed record EntryArgs
{
    /// <summary>The platform domain (<c>dsp.uni-example.edu</c>); the HTTPS listener serves <c>*.&lt;domain&gt;</c>.</summary>
    public required string Domain { get; init; }

    /// <summary>Every tool's host name, one label under <see cref="Domain"/>: each gets its HTTPS listener and certificate.</summary>
    public required IReadOnlyList<string> Hostnames { get; init; }

    /// <summary>The entry point's fixed IPv4 address on the node network.</summary>
    public required string Address { get; init; }

    /// <summary>The node NIC that announces the address (the guest interface).</summary>
    public required string Interface { get; init; }

    /// <summary>The intermediate CA certificate (PEM, with its chain) cert-manager signs with: a secret reference.</summary>
    public required PlanValue CaCertificate { get; init; }

    /// <summary>The intermediate CA's private key: a secret reference.</summary>
    public required PlanValue CaKey { get; init; }

    /// <summary>The university's root CA certificate (PEM), which issued certificates name as their CA.</summary>
    public required string RootCertificate { get; init; }

    /// <summary>The namespace of Traefik and the Gateway.</summary>
    public string GatewayNamespace { get; init; } = EntryPoint.GatewayNamespace;

    /// <summary>The namespace of cert-manager (its cluster resource namespace, where the CA Secret lives).</summary>
    public string CertManagerNamespace { get; init; } = "cert-manager";

    /// <summary>The namespace of the kube-vip that announces service addresses.</summary>
    public string ServiceVipNamespace { get; init; } = "kube-vip";

    /// <summary>The namespace of platform jobs (the wait-for-CRDs Job).</summary>
    public required string SystemNamespace { get; init; }

    /// <summary>A kubectl image matching the cluster version, for the wait-for-CRDs Job.</summary>
    public required string KubectlImage { get; init; }

    /// <summary>The Gateway's name, which tools' routes name. Default: <c>platform</c>.</summary>
    public string GatewayName { get; init; } = "platform";
}
