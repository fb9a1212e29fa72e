using Pulumi;
using Pulumi.Tls;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="TlsPrivateKeySpec"/> to <c>tls:PrivateKey</c>.</summary>
public sealed class TlsPrivateKeyMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.TlsPrivateKey;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (TlsPrivateKeySpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var args = spec.Algorithm == TlsKeyAlgorithm.Rsa
            ? new PrivateKeyArgs { Algorithm = "RSA", RsaBits = spec.RsaBits }
            : new PrivateKeyArgs { Algorithm = "ECDSA", EcdsaCurve = spec.EcdsaCurve };
        var key = new PrivateKey(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, key, options, new Dictionary<string, Output<string>>
        {
            ["privateKeyPem"] = key.PrivateKeyPem,
            ["publicKeyPem"] = key.PublicKeyPem,
        });
    }
}
