namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="ModelServing"/>.</summary>
public sealed record ModelServingArgs
{
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the endpoint's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The entry point whose Gateway routes each model's path.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The broker the sign-in proxies log users in through.</summary>
    public required IdentityBroker Identity { get; init; }

    /// <summary>The object storage whose models bucket the servers load from.</summary>
    public required ObjectStorage ObjectStorage { get; init; }

    /// <summary>The models, the server image and the host name.</summary>
    public required ResearchPlatform.Components.ModelServing.ModelServingArgs Serving { get; init; }
}
