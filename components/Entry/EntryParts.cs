using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Entry;

/// <summary>The entry point's components and the Gateway handle tools attach to.</summary>
public sealed record EntryParts(PlanComponent Parent, PlanComponent GatewayApi, PlanComponent ServiceVips, PlanComponent Traefik, PlanComponent CertManager, GatewayHandle Gateway, IssuerHandle Issuer)
{
    /// <summary>Every component, parent first, in render order.</summary>
    public IReadOnlyList<PlanComponent> All => [Parent, GatewayApi, ServiceVips, CertManager, Traefik];
}
