namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>The distinguished name of a certificate.</summary>
/// <param name="CommonName">CN.</param>
/// <param name="Organization">O; Kubernetes reads it as the client's group.</param>
public sealed record CertificateSubject(string CommonName, string? Organization = null);
