namespace ResearchPlatform.Infra.Components;

/// <summary>Inputs of <see cref="CheckmkAgent"/>.</summary>
public sealed record CheckmkAgentArgs
{
    /// <summary>The cluster, whose CA signs the collector's certificate.</summary>
    public required KubernetesCluster Cluster { get; init; }

    /// <summary>The namespaces; the agent's must be among them.</summary>
    public required PlatformNamespaces Namespaces { get; init; }

    /// <summary>The entry point, whose kube-vip announces the collector's address.</summary>
    public required EntryPoint Entry { get; init; }

    /// <summary>The collector's address and the Checkmk server's.</summary>
    public required ResearchPlatform.Components.Checkmk.CheckmkArgs Checkmk { get; init; }
}
