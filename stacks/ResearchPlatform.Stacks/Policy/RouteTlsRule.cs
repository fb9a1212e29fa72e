using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Every route attaches to the Gateway's HTTPS listener only, so no tool is served in the clear.</summary>
public sealed class RouteTlsRule : IPolicyRule
{
    public string Id => "route-tls";

    public string Description => $"every HTTPRoute attaches to the Gateway's HTTPS listener ({EntryPoint.HttpsListener}) and nothing else";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var route in objects.Where(o => o.Kind == "HTTPRoute"))
        {
            var parents = PodTree.List(PodTree.Map(route.Tree, "spec"), "parentRefs").OfType<IReadOnlyDictionary<string, object?>>().ToList();
            if (parents.Count == 0 || parents.Any(p => p.GetValueOrDefault("sectionName") as string != EntryPoint.HttpsListener))
            {
                yield return new(Id, route.Where, route.Label, $"must attach only to the Gateway's HTTPS listener: set sectionName: {EntryPoint.HttpsListener} on every parentRef");
            }
        }

        // A chart's own route, configured through its values (the hub's).
        foreach (var (where, path, map) in HelmValueMaps.Of(plan).Where(m => m.Path.EndsWith("httpRoute", StringComparison.Ordinal) && m.Map.GetValueOrDefault("enabled") is true))
        {
            if (PodTree.Map(map, "gateway")?.GetValueOrDefault("sectionName") as string != EntryPoint.HttpsListener)
            {
                yield return new(Id, where, $"values {path}", $"the chart's route must attach to the HTTPS listener: set gateway.sectionName: {EntryPoint.HttpsListener}");
            }
        }
    }
}
