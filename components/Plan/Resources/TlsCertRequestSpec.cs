using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A certificate signing request for a key of the plan.</summary>
public sealed record TlsCertRequestSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.TlsCertRequest;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [new("certRequestPem", false)];

    public required PlanValue PrivateKeyPem { get; init; }

    public required CertificateSubject Subject { get; init; }

    public IReadOnlyList<string> DnsNames { get; init; } = [];

    public IReadOnlyList<string> IpAddresses { get; init; } = [];

    protected override MapValue BuildProperties() => Map(
        ("privateKeyPem", PrivateKeyPem),
        ("subject", Map(("commonName", Subject.CommonName), ("organization", Subject.Organization))),
        ("dnsNames", Strings(DnsNames)),
        ("ipAddresses", Strings(IpAddresses)));
}
