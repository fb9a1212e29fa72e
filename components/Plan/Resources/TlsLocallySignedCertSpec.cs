using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A certificate for a signing request, signed by a CA of the plan.</summary>
public sealed record TlsLocallySignedCertSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.TlsLocallySignedCert;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [new("certPem", false)];

    public required PlanValue CertRequestPem { get; init; }

    public required PlanValue CaPrivateKeyPem { get; init; }

    public required PlanValue CaCertPem { get; init; }

    public required int ValidityHours { get; init; }

    /// <summary>Renew this many hours before expiry, so a routine <c>pulumi up</c> replaces it in time.</summary>
    public int EarlyRenewalHours { get; init; }

    public required IReadOnlyList<string> AllowedUses { get; init; }

    protected override MapValue BuildProperties() => Map(
        ("certRequestPem", CertRequestPem),
        ("caPrivateKeyPem", CaPrivateKeyPem),
        ("caCertPem", CaCertPem),
        ("validityHours", ValidityHours),
        ("earlyRenewalHours", EarlyRenewalHours),
        ("allowedUses", Strings(AllowedUses)));
}
