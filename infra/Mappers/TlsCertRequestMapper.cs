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
            Subject = new CertRequestSubjectArgs { CommonName = spec.Subject.CommonName, Organization = spec.Subject.Organization },
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
}
