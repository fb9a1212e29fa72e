using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A random secret generated once at deploy time and kept, encrypted, in state.</summary>
public sealed record GeneratedSecretSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.GeneratedSecret;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [new("result", true)];

    /// <summary>The symbols a <see cref="GeneratedSecretFormat.Password"/> may contain: none needs quoting in a shell, URL or YAML.</summary>
    public const string PasswordSymbols = "-_.~";

    public required GeneratedSecretFormat Format { get; init; }

    /// <summary>Characters, or bytes for <see cref="GeneratedSecretFormat.HexBytes"/>.</summary>
    public required int Length { get; init; }

    protected override MapValue BuildProperties() => Map(
        ("format", Format.ToString()),
        ("length", Length));
}
