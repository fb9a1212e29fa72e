using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A self-signed certificate, here a certificate authority.</summary>
public sealed record TlsSelfSignedCertSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.TlsSelfSignedCert;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [new("certPem", false)];

    /// <summary>Any change issues a new certificate.</summary>
    public override IReadOnlyList<string> ReplacedBy => ["privateKeyPem", "subject", "validityHours", "isCaCertificate", "allowedUses"];

    /// <summary>The key that signs the certificate (a reference to a private key's PEM).</summary>
    public required PlanValue PrivateKeyPem { get; init; }

    public required CertificateSubject Subject { get; init; }

    public required int ValidityHours { get; init; }

    public bool IsCaCertificate { get; init; }

    /// <summary>Key usages, in the TLS provider's names (<c>cert_signing</c>, <c>digital_signature</c>, ...).</summary>
    public required IReadOnlyList<string> AllowedUses { get; init; }

    protected override MapValue BuildProperties() => Map(
        ("privateKeyPem", PrivateKeyPem),
        ("subject", Map(("commonName", Subject.CommonName), ("organization", Subject.Organization))),
        ("validityHours", ValidityHours),
        ("isCaCertificate", IsCaCertificate),
        ("allowedUses", Strings(AllowedUses)));
}
