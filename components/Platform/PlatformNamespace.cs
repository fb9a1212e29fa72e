namespace ResearchPlatform.Components.Platform;

/// <summary>A namespace of the platform, its Pod Security level and its network policy.</summary>
/// <param name="Name">The namespace name.</param>
/// <param name="PodSecurity"><c>restricted</c> unless a component needs more and says why.</param>
/// <param name="Purpose">What runs there.</param>
public sealed record PlatformNamespace(string Name, string PodSecurity, string Purpose)
{
    /// <summary>
    /// Why the namespace has no default-deny policy, or null when it has one (the default). Only a
    /// vendor-managed namespace whose traffic the platform does not control may be an exception.
    /// </summary>
    public string? OpenBecause { get; init; }

    /// <summary>
    /// True when the namespace holds persistent volume claims (notebook homes, department drives):
    /// deleting it would delete every claim in it, so it is protected and kept on delete.
    /// </summary>
    public bool HoldsClaims { get; init; }

    /// <summary>
    /// Requests and limits for containers that declare none, as the namespace's LimitRange; null for
    /// none. Only for a chart that leaves a container of its own unbounded and offers no value to set it.
    /// </summary>
    public ContainerDefaults? DefaultResources { get; init; }

    /// <summary>Ingress allowed; none by default.</summary>
    public IReadOnlyList<IngressAllowance> Ingress { get; init; } = [];

    /// <summary>Egress allowed besides cluster DNS.</summary>
    public IReadOnlyList<EgressAllowance> Egress { get; init; } = [];
}
