namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="EntryPoint"/>.</summary>
public sealed record EntryPointArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; Traefik's, cert-manager's, kube-vip's and the jobs' must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The domain, address and CA.</summary>
    public required ResearchPlatform.Components.Entry.EntryArgs Entry { get; init; }
}
