using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Entry;

/// <summary>HTTPRoutes on the platform's Gateway: a tool's host name, served by its Services.</summary>
public static class HttpRoutes
{
    /// <summary>A route of <paramref name="hostname"/> to <paramref name="service"/> on <paramref name="port"/>, every path.</summary>
    /// <exception cref="ArgumentException">The Gateway does not serve <paramref name="hostname"/>.</exception>
    public static PlanValue To(GatewayHandle gateway, string name, string @namespace, string hostname, string service, int port) =>
        Route(gateway, name, @namespace, hostname, [Map(("backendRefs", List(Backend(service, port))))]);

    /// <summary>A route of <paramref name="hostname"/> with the given <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentException">The Gateway does not serve <paramref name="hostname"/>.</exception>
    public static PlanValue Route(GatewayHandle gateway, string name, string @namespace, string hostname, IReadOnlyList<PlanValue> rules)
    {
        if (!gateway.Serves(hostname))
        {
            throw new ArgumentException($"route {@namespace}/{name}: the Gateway serves one label under {gateway.Domain}, not {hostname}", nameof(hostname));
        }

        return Map(
            ("apiVersion", "gateway.networking.k8s.io/v1"),
            ("kind", "HTTPRoute"),
            ("metadata", Map(("name", name), ("namespace", @namespace))),
            ("spec", Map(
                ("parentRefs", List(Map(("name", gateway.Name), ("namespace", gateway.Namespace), ("sectionName", gateway.Listener(hostname))))),
                ("hostnames", Strings([hostname])),
                ("rules", List(rules)))));
    }

    /// <summary>A rule for requests under <paramref name="prefix"/> (<c>/iris</c>), passed on without it.</summary>
    public static PlanValue StripPrefix(string prefix, string service, int port) => Map(
        ("matches", List(Map(("path", Map(("type", "PathPrefix"), ("value", prefix)))))),
        ("filters", List(Map(
            ("type", "URLRewrite"),
            ("urlRewrite", Map(("path", Map(("type", "ReplacePrefixMatch"), ("replacePrefixMatch", "/")))))))),
        ("backendRefs", List(Backend(service, port))));

    private static PlanValue Backend(string service, int port) => Map(("name", service), ("port", port));
}
