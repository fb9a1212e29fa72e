using Pulumi;
using Pulumi.Tls;
using Pulumi.Tls.Inputs;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="TlsCertRequestSpec"/> to <c>tls:CertRequest</c>.</summary>
public sealed class TlsCertRequestMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.TlsCertRequest;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (TlsCertRequestSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var args = new CertRequestArgs
        {
            PrivateKeyPem = values.Text(spec.PrivateKeyPem),
            Subject = Subject(spec.Subject),
        };
        foreach (var name in spec.DnsNames)
        {
            args.DnsNames.Add(name);
        }

        foreach (var address in spec.IpAddresses)
        {
            args.IpAddresses.Add(address);
        }

        var request = new CertRequest(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, request, options, new Dictionary<string, Output<string>> { ["certRequestPem"] = request.CertRequestPem });
    }

    private static CertRequestSubjectArgs Subject(CertificateSubject subject)
    {
        var args = new CertRequestSubjectArgs { CommonName = subject.CommonName };
        if (subject.Organization is { } organization)
        {
            args.Organization = organization;
        }

        return args;
    }
}
