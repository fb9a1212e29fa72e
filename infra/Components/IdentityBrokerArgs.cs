namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="IdentityBroker"/>.</summary>
public sealed record IdentityBrokerArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the broker's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The entry point whose Gateway serves the login page.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The directory and the tools' clients.</summary>
    public required ResearchPlatform.Components.Identity.IdentityArgs Identity { get; init; }
}
