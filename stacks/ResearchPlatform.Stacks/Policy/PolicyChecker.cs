using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Runs every policy rule over a plan: the same rules <c>research-platform check</c> and the tests apply.</summary>
public static class PolicyChecker
{
    /// <summary>The rules, in the order their findings are reported.</summary>
    public static IReadOnlyList<IPolicyRule> Rules { get; } =
    [
        new PodSecurityRule(),
        new DefaultDenyRule(),
        new HostAccessRule(),
        new ImageDigestRule(),
        new RetiredSourceRule(),
        new ResourcesRule(),
        new RouteTlsRule(),
        new StatefulRule(),
        new SecretValueRule(),
    ];

    /// <summary>Every finding of every rule in <paramref name="plan"/>.</summary>
    public static IReadOnlyList<PolicyFinding> Check(PlatformPlan plan)
    {
        var objects = Objects(plan);
        return Rules.SelectMany(rule => rule.Check(plan, objects)).ToList();
    }

    /// <summary>Every Kubernetes object of the plan's manifests, references shown by name.</summary>
    public static IReadOnlyList<PolicyObject> Objects(PlatformPlan plan) =>
    [
        .. plan.Components.SelectMany(component => component.Resources
            .Where(r => r.Spec is KubernetesManifestSpec)
            .SelectMany(r => ((KubernetesManifestSpec)r.Spec).Objects
                .Select(o => PlanValueResolver.Symbolic.Resolve(o))
                .OfType<IReadOnlyDictionary<string, object?>>()
                .Select(tree => new PolicyObject(component, r, tree)))),
    ];
}
