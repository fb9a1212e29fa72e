using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Every namespace starts from a default-deny network policy for ingress and egress, unless the allow-list says why not.</summary>
public sealed class DefaultDenyRule : IPolicyRule
{
    public string Id => "default-deny";

    public string Description => "every namespace has a default-deny NetworkPolicy selecting all pods for ingress and egress";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        var denied = objects
            .Where(o => o.Kind == "NetworkPolicy" && PodTree.Map(PodTree.Map(o.Tree, "spec"), "podSelector") is { Count: 0 })
            .Where(o => PodTree.List(PodTree.Map(o.Tree, "spec"), "policyTypes").OfType<string>().Order().SequenceEqual(["Egress", "Ingress"]))
            .Where(o => !PodTree.List(PodTree.Map(o.Tree, "spec"), "ingress").Any() && !PodTree.List(PodTree.Map(o.Tree, "spec"), "egress").Any())
            .Select(o => o.Namespace)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var ns in objects.Where(o => o.Kind == "Namespace" && !denied.Contains(o.Name) && PolicyExceptions.For(Id, o.Name) is null))
        {
            yield return new(Id, ns.Where, ns.Label, "has no default-deny NetworkPolicy (all pods, ingress and egress, no rules): add one, then allow only the flows it needs");
        }
    }
}
