using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>
/// A certificate the plan issues from a CA it holds: an ECDSA P-256 key, its request and the signed
/// certificate, named <c>&lt;name&gt;-key</c>, <c>-csr</c> and <c>-cert</c>. The key stays a secret output.
/// </summary>
public sealed record SignedCertificate(PlanResource Key, PlanResource Request, PlanResource Certificate)
{
    /// <summary>The three resources, in creation order.</summary>
    public IReadOnlyList<PlanResource> All => [Key, Request, Certificate];

    /// <summary>The private key (secret).</summary>
    public OutputReference KeyPem => Key.Output("privateKeyPem");

    /// <summary>The certificate.</summary>
    public OutputReference CertificatePem => Certificate.Output("certPem");

    /// <summary>Issues <paramref name="subject"/>'s certificate for <paramref name="uses"/>, signed by the CA key and certificate given.</summary>
    public static SignedCertificate Issue(string name, CertificateSubject subject, PlanValue caKeyPem, PlanValue caCertPem, int validityHours, int earlyRenewalHours, IReadOnlyList<string> uses, IReadOnlyList<string>? dnsNames = null, IReadOnlyList<string>? ipAddresses = null)
    {
        var key = new PlanResource { Name = $"{name}-key", Spec = new TlsPrivateKeySpec { Algorithm = TlsKeyAlgorithm.Ecdsa, EcdsaCurve = "P256" } };
        var request = new PlanResource
        {
            Name = $"{name}-csr",
            Spec = new TlsCertRequestSpec { PrivateKeyPem = key.Output("privateKeyPem"), Subject = subject, DnsNames = dnsNames ?? [], IpAddresses = ipAddresses ?? [] },
        };
        var certificate = new PlanResource
        {
            Name = $"{name}-cert",
            Spec = new TlsLocallySignedCertSpec
            {
                CertRequestPem = request.Output("certRequestPem"),
                CaPrivateKeyPem = caKeyPem,
                CaCertPem = caCertPem,
                ValidityHours = validityHours,
                EarlyRenewalHours = earlyRenewalHours,
                AllowedUses = uses,
            },
        };
        return new SignedCertificate(key, request, certificate);
    }
}
