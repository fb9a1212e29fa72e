namespace ResearchPlatform.Components.Platform;

/// <summary>A namespace of the platform and the Pod Security level it enforces.</summary>
/// <param name="Name">The namespace name.</param>
/// <param name="PodSecurity"><c>restricted</c> unless a component needs more and says why.</param>
/// <param name="Purpose">What runs there.</param>
public sealed record PlatformNamespace(string Name, string PodSecurity, string Purpose);
