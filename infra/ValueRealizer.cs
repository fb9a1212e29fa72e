using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Infra;

/// <summary>
/// Plan values as Pulumi outputs: each reference becomes the output that produces it, and the value
/// is resolved by the same <see cref="PlanValueResolver"/> the offline renderer uses. An output built
/// from a secret is secret, because Pulumi carries secrecy through <see cref="Output.All{T}(Output{T}[])"/>.
/// </summary>
public sealed class ValueRealizer(Func<OutputReference, Output<string>> outputs, SecretConfigResolver secrets)
{
    /// <summary>The value as a plain tree (maps, lists, scalars).</summary>
    public Output<object?> Realize(PlanValue value)
    {
        var references = value.References();
        if (references.Count == 0)
        {
            return Output.Create(new PlanValueResolver(_ => throw new InvalidOperationException("no references")).Resolve(value));
        }

        var sources = references.Select(Source).ToArray();
        return Output.All(sources).Apply(resolved =>
        {
            var byReference = references.Select((r, i) => (r, resolved[i])).ToDictionary(p => p.r, p => p.Item2);
            return new PlanValueResolver(r => byReference[r]).Resolve(value);
        });
    }

    /// <summary>The value as text.</summary>
    public Output<string> Text(PlanValue value) => Realize(value).Apply(resolved => resolved switch
    {
        string s => s,
        null => "",
        _ => throw new InvalidOperationException($"a {resolved.GetType().Name} is not text"),
    });

    /// <summary>A map value as the Pulumi input map of a resource (Helm values).</summary>
    public Output<ImmutableDictionary<string, object>> Map(PlanValue value) =>
        Realize(value).Apply(resolved => (ImmutableDictionary<string, object>)PulumiInputValues.Convert(resolved)!);

    private Output<string> Source(ReferenceValue reference) => reference switch
    {
        OutputReference output => outputs(output),
        ConfigSecretReference config => secrets.Resolve(config.KeyPath),
        _ => throw new ArgumentException($"unknown reference {reference.GetType().Name}", nameof(reference)),
    };
}
