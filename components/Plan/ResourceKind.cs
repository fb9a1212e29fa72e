namespace ResearchPlatform.Components.Plan;

/// <summary>The fixed set of resource kinds a plan may hold; each realizer maps every one of them.</summary>
public enum ResourceKind
{
    /// <summary>A vSphere virtual machine cloned from a template, configured by cloud-init.</summary>
    VirtualMachine,

    /// <summary>The Kubernetes provider: how every Kubernetes resource reaches the cluster.</summary>
    KubernetesProvider,

    /// <summary>A Helm release of an upstream chart pinned to an exact version.</summary>
    HelmRelease,

    /// <summary>Kubernetes objects applied as manifests.</summary>
    KubernetesManifest,

    /// <summary>A Kubernetes Secret whose values are deploy-time references.</summary>
    KubernetesSecret,

    /// <summary>A random secret generated at deploy time and kept encrypted in state.</summary>
    GeneratedSecret,

    /// <summary>A TLS private key.</summary>
    TlsPrivateKey,

    /// <summary>A self-signed certificate (a CA).</summary>
    TlsSelfSignedCert,

    /// <summary>A certificate signing request.</summary>
    TlsCertRequest,

    /// <summary>A certificate signed by a CA of the plan.</summary>
    TlsLocallySignedCert,
}
