using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Entry;

/// <summary>The cert-manager ClusterIssuer over the university CA, as components that need certificates take it.</summary>
/// <param name="Name">The ClusterIssuer's name.</param>
/// <param name="RootCertificate">The root CA (PEM) that verifies what it issues.</param>
/// <param name="Ready">The issuer resource: certificates wait for it.</param>
public sealed record IssuerHandle(string Name, string RootCertificate, PlanResource Ready);
