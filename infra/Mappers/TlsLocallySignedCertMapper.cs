using Pulumi;
using Pulumi.Tls;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="TlsLocallySignedCertSpec"/> to <c>tls:LocallySignedCert</c>.</summary>
public sealed class TlsLocallySignedCertMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.TlsLocallySignedCert;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (TlsLocallySignedCertSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var args = new LocallySignedCertArgs
        {
            CertRequestPem = values.Text(spec.CertRequestPem),
            CaPrivateKeyPem = values.Text(spec.CaPrivateKeyPem),
            CaCertPem = values.Text(spec.CaCertPem),
            ValidityPeriodHours = spec.ValidityHours,
            EarlyRenewalHours = spec.EarlyRenewalHours,
        };
        foreach (var use in spec.AllowedUses)
        {
            args.AllowedUses.Add(use);
        }

        var cert = new LocallySignedCert(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, cert, options, new Dictionary<string, Output<string>> { ["certPem"] = cert.CertPem });
    }
}
