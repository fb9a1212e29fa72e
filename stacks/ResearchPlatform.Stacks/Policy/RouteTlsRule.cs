using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Every route attaches to its host's HTTPS listener only, so no tool is served in the clear or under another's certificate.</summary>
public sealed class RouteTlsRule : IPolicyRule
{
    public string Id => "route-tls";

    public string Description => $"every route (an HTTPRoute, a chart's or an operator's) attaches only to its host's HTTPS listener ({EntryPoint.ListenerPrefix}<label>) on the Gateway";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var route in objects.Where(o => o.Kind == "HTTPRoute"))
        {
            var spec = PodTree.Map(route.Tree, "spec");
            var parents = PodTree.List(spec, "parentRefs").OfType<IReadOnlyDictionary<string, object?>>().ToList();
            if (Expected(PodTree.List(spec, "hostnames")) is not { } listener || parents.Count == 0 || parents.Any(p => p.GetValueOrDefault("sectionName") as string != listener))
            {
                yield return new(Id, route.Where, route.Label, $"must name one host and attach only to its HTTPS listener: set sectionName: {Expected(PodTree.List(spec, "hostnames")) ?? EntryPoint.ListenerPrefix + "<label>"} on every parentRef");
            }
        }

        // An operator's route, configured in its resource (Superset's).
        foreach (var resource in objects.Where(o => o.Kind == "Superset"))
        {
            var gateway = PodTree.Map(PodTree.Map(PodTree.Map(resource.Tree, "spec"), "networking"), "gateway");
            if (gateway is not null && (Expected(PodTree.List(gateway, "hostnames")) is not { } listener || PodTree.Map(gateway, "gatewayRef")?.GetValueOrDefault("sectionName") as string != listener))
            {
                yield return new(Id, resource.Where, resource.Label, "the operator's route must attach to its host's HTTPS listener: set networking.gateway.gatewayRef.sectionName");
            }
        }

        // A chart's own route, configured through its values (the hub's).
        foreach (var (where, path, map) in HelmValueMaps.Of(plan).Where(m => m.Path.EndsWith("httpRoute", StringComparison.Ordinal) && m.Map.GetValueOrDefault("enabled") is true))
        {
            if (Expected(PodTree.List(map, "hostnames")) is not { } listener || PodTree.Map(map, "gateway")?.GetValueOrDefault("sectionName") as string != listener)
            {
                yield return new(Id, where, $"values {path}", "the chart's route must name one host and attach to its HTTPS listener: set gateway.sectionName");
            }
        }
    }

    // The listener of a route's one host name, or null when it names none or several.
    private static string? Expected(IEnumerable<object?> hostnames) =>
        hostnames.ToList() is [string host] && host.Contains('.', StringComparison.Ordinal) ? EntryPoint.Listener(host) : null;
}
