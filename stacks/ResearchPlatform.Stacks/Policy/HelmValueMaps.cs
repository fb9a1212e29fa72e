using System.Runtime.CompilerServices;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>
/// Every map inside the Helm values the plan writes, with its release and key path: resolved once
/// per plan, however many rules read them.
/// </summary>
public static class HelmValueMaps
{
    private static readonly ConditionalWeakTable<PlatformPlan, IReadOnlyList<(string Where, string Path, IReadOnlyDictionary<string, object?> Map)>> Resolved = new();

    /// <summary>Each values map as (<c>component/release</c>, key path, map).</summary>
    public static IReadOnlyList<(string Where, string Path, IReadOnlyDictionary<string, object?> Map)> Of(PlatformPlan plan) => Resolved.GetValue(plan, static plan =>
    [
        .. plan.Components.SelectMany(component => component.Resources
            .Where(r => r.Spec is HelmReleaseSpec)
            .SelectMany(r => PodTree.Maps(PlanValueResolver.Symbolic.Resolve(((HelmReleaseSpec)r.Spec).Values))
                .Select(m => ($"{component.Name}/{r.Name}", m.Path, m.Map)))),
    ]);
}
