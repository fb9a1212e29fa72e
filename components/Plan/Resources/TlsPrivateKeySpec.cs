using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A private key kept, encrypted, in state.</summary>
public sealed record TlsPrivateKeySpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.TlsPrivateKey;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } =
    [
        new("privateKeyPem", true),
        new("publicKeyPem", false),
    ];

    /// <summary>Any change generates a new key.</summary>
    public override IReadOnlyList<string> ReplacedBy => ["algorithm", "rsaBits", "ecdsaCurve"];

    public TlsKeyAlgorithm Algorithm { get; init; } = TlsKeyAlgorithm.Rsa;

    /// <summary>The RSA key size; used with <see cref="TlsKeyAlgorithm.Rsa"/>.</summary>
    public int RsaBits { get; init; } = 4096;

    /// <summary>The curve (<c>P256</c>, <c>P384</c>); used with <see cref="TlsKeyAlgorithm.Ecdsa"/>.</summary>
    public string EcdsaCurve { get; init; } = "P256";

    protected override MapValue BuildProperties() => Map(
        ("algorithm", Algorithm == TlsKeyAlgorithm.Rsa ? "RSA" : "ECDSA"),
        ("rsaBits", Algorithm == TlsKeyAlgorithm.Rsa ? (PlanValue)RsaBits : null),
        ("ecdsaCurve", Algorithm == TlsKeyAlgorithm.Ecdsa ? (PlanValue)EcdsaCurve : null));
}
