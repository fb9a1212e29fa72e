using Pulumi;
using Pulumi.Random;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary>
/// <see cref="GeneratedSecretSpec"/> to <c>random:RandomPassword</c>, or <c>random:RandomBytes</c>
/// for hex: both keep their result secret (a RandomString would store it in clear as its id).
/// </summary>
public sealed class GeneratedSecretMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.GeneratedSecret;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (GeneratedSecretSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var name = input.Resource.Name;
        (Resource resource, Output<string> result) = spec.Format switch
        {
            GeneratedSecretFormat.HexBytes => Bytes(new RandomBytes(name, new RandomBytesArgs { Length = spec.Length }, options)),
            GeneratedSecretFormat.LowerAlphanumeric => Password(new RandomPassword(name, new RandomPasswordArgs
            {
                Length = spec.Length,
                Special = false,
                Upper = false,
                Lower = true,
                Numeric = true,
            }, options)),
            _ => Password(new RandomPassword(name, new RandomPasswordArgs
            {
                Length = spec.Length,
                Special = true,
                OverrideSpecial = GeneratedSecretSpec.PasswordSymbols,
                MinLower = 1,
                MinUpper = 1,
                MinNumeric = 1,
            }, options)),
        };
        return new RealizedResource(input.Resource, resource, options, new Dictionary<string, Output<string>> { ["result"] = result });
    }

    private static (Resource, Output<string>) Bytes(RandomBytes bytes) => (bytes, bytes.Hex);

    private static (Resource, Output<string>) Password(RandomPassword password) => (password, password.Result);
}
