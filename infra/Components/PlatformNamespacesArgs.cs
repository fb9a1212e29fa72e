using ResearchPlatform.Components.Platform;

namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="PlatformNamespaces"/>.</summary>
public sealed record PlatformNamespacesArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces, each with its Pod Security level and allowed egress.</summary>
    public required IReadOnlyList<PlatformNamespace> Namespaces { get; init; }
}
