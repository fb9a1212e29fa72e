using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Infra.Components;

namespace ResearchPlatform.Infra;

/// <summary>The plan as created in Pulumi.</summary>
/// <param name="Components">Each component resource, by plan name.</param>
/// <param name="Resources">Each resource, by plan name.</param>
/// <param name="Outputs">The stack outputs.</param>
public sealed record RealizedPlan(
    IReadOnlyDictionary<string, PlatformComponentResource> Components,
    IReadOnlyDictionary<string, RealizedResource> Resources,
    IDictionary<string, object?> Outputs)
{
    /// <summary>
    /// Collects what <paramref name="roots"/> realized and exports the plan's outputs from it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The components realized other resources than <paramref name="plan"/> holds.</exception>
    public static RealizedPlan Of(PlatformPlan plan, IReadOnlyList<PlatformComponentResource> roots, RealizationContext context)
    {
        var components = roots.SelectMany(r => r.Tree).ToDictionary(c => c.GetResourceName(), StringComparer.Ordinal);
        var resources = components.Values.SelectMany(c => c.Resources).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var planned = plan.Resources.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        if (!planned.SetEquals(resources.Keys) || !plan.Components.Select(c => c.Name).ToHashSet(StringComparer.Ordinal).SetEquals(components.Keys))
        {
            throw new InvalidOperationException(
                $"the stack program realized another platform than the plan: missing {string.Join(", ", planned.Except(resources.Keys).Order(StringComparer.Ordinal))}; " +
                $"extra {string.Join(", ", resources.Keys.Except(planned).Order(StringComparer.Ordinal))}");
        }

        var values = new ValueRealizer(reference => resources[reference.Resource].Outputs[reference.Output], context.Secrets);
        var outputs = plan.Outputs.ToDictionary(
            o => o.Name,
            o => (object?)(o.Value.IsSecret ? Output.CreateSecret(values.Realize(o.Value)) : values.Realize(o.Value)));
        return new RealizedPlan(components, resources, outputs);
    }
}
