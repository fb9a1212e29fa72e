using Pulumi;
using Pulumi.Tls;
using Pulumi.Tls.Inputs;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="TlsSelfSignedCertSpec"/> to <c>tls:SelfSignedCert</c>.</summary>
public sealed class TlsSelfSignedCertMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.TlsSelfSignedCert;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (TlsSelfSignedCertSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var args = new SelfSignedCertArgs
        {
            PrivateKeyPem = values.Text(spec.PrivateKeyPem),
            Subject = Subject(spec.Subject),
            ValidityPeriodHours = spec.ValidityHours,
            IsCaCertificate = spec.IsCaCertificate,
        };
        foreach (var use in spec.AllowedUses)
        {
            args.AllowedUses.Add(use);
        }

        var cert = new SelfSignedCert(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, cert, options, new Dictionary<string, Output<string>> { ["certPem"] = cert.CertPem });
    }

    private static SelfSignedCertSubjectArgs Subject(CertificateSubject subject)
    {
        var args = new SelfSignedCertSubjectArgs { CommonName = subject.CommonName };
        if (subject.Organization is { } organization)
        {
            args.Organization = organization;
        }

        return args;
    }
}
