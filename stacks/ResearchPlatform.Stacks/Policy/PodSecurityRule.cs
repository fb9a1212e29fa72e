using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Every namespace enforces Pod Security <c>restricted</c>, unless the allow-list says why not.</summary>
public sealed class PodSecurityRule : IPolicyRule
{
    public string Id => "pod-security";

    public string Description => "every namespace enforces Pod Security restricted, or the allow-list gives the reason it cannot";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var ns in objects.Where(o => o.Kind == "Namespace"))
        {
            var level = PodTree.Map(ns.Metadata, "labels")?.GetValueOrDefault("pod-security.kubernetes.io/enforce") as string;
            if (level is null)
            {
                yield return new(Id, ns.Where, ns.Label, "enforces no Pod Security level: label it pod-security.kubernetes.io/enforce=restricted");
            }
            else if (level != "restricted" && PolicyExceptions.For(Id, ns.Name) is null)
            {
                yield return new(Id, ns.Where, ns.Label, $"enforces '{level}', not restricted, and the allow-list gives no reason for it");
            }
        }
    }
}
