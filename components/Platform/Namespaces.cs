using k8s.Models;
using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Platform;

/// <summary>
/// The platform's namespaces, each created locked down: Pod Security enforced, and a default-deny
/// network policy for ingress and egress with only cluster DNS and named allowances let out.
/// A namespace without default-deny must say why, and the render summary lists it.
/// </summary>
public static class Namespaces
{
    public const string Type = "research-platform:platform:Namespaces";

    private static readonly string[] Levels = ["restricted", "baseline", "privileged"];

    /// <exception cref="ArgumentException">A Pod Security level is unknown, or two allowances of a namespace share a name.</exception>
    public static PlanComponent Build(IReadOnlyList<PlatformNamespace> namespaces, KubernetesWiring on, string? parent = null)
    {
        var resources = namespaces.Select(ns =>
        {
            if (!Levels.Contains(ns.PodSecurity))
            {
                throw new ArgumentException($"namespace {ns.Name}: pod security '{ns.PodSecurity}' must be one of {string.Join(", ", Levels)}", nameof(namespaces));
            }

            // Each allowance is a NetworkPolicy named after it: two of one name would be one object.
            if (ns.Ingress.Select(a => a.Name).Concat(ns.Egress.Select(a => a.Name)).Append("cluster-dns").GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new ArgumentException($"namespace {ns.Name}: two allowances are named '{twice.Key}', and each becomes the NetworkPolicy allow-{twice.Key}: name them apart", nameof(namespaces));
            }

            return new PlanResource
            {
                Name = $"namespace-{ns.Name}",
                Provider = on.ProviderName,
                Options = ns.HoldsClaims ? PlanResourceOptions.Stateful : PlanResourceOptions.Default,
                Spec = new KubernetesManifestSpec { Objects = Objects(ns) },
            };
        }).ToList();
        return new PlanComponent(Type, "namespaces", resources, parent);
    }

    /// <summary>The resource of <paramref name="components"/> that creates namespace <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The component creates no such namespace.</exception>
    public static PlanResource Of(PlanComponent components, string name) =>
        components.Resources.FirstOrDefault(r => r.Name == $"namespace-{name}")
            ?? throw new ArgumentException($"the platform namespaces do not include '{name}'", nameof(name));

    /// <summary>Selects every namespace the platform manages (they carry its managed-by label).</summary>
    private static V1LabelSelector PlatformSelector => new() { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/managed-by"] = "research-platform" } };

    private static V1NetworkPolicyPeer NamespacePeer(string name) => new()
    {
        NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = name } },
    };

    private static V1LabelSelector Selector((string Label, IReadOnlyList<string> Values)? pods) => pods is { } p
        ? new V1LabelSelector { MatchExpressions = [new V1LabelSelectorRequirement { Key = p.Label, OperatorProperty = "In", Values = p.Values.ToList() }] }
        : new V1LabelSelector();

    private static IReadOnlyList<PlanValue> Objects(PlatformNamespace ns) =>
        [.. ns.OpenBecause is null ? [Namespace(ns), .. Policies(ns)] : new[] { Namespace(ns) }, .. Limits(ns)];

    private static IEnumerable<PlanValue> Limits(PlatformNamespace ns) => ns.DefaultResources is not { } d
        ? []
        : [
            KubernetesObjects.ToPlanValue(new V1LimitRange
            {
                ApiVersion = "v1",
                Kind = "LimitRange",
                Metadata = new V1ObjectMeta { Name = "container-defaults", NamespaceProperty = ns.Name },
                Spec = new V1LimitRangeSpec
                {
                    Limits =
                    [
                        new V1LimitRangeItem
                        {
                            Type = "Container",
                            DefaultRequest = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(d.Cpu), ["memory"] = new(d.Memory) },
                            DefaultProperty = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(d.CpuLimit), ["memory"] = new(d.MemoryLimit) },
                        },
                    ],
                },
            }),
        ];

    private static PlanValue Namespace(PlatformNamespace ns) =>
        KubernetesObjects.ToPlanValue(new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta
            {
                Name = ns.Name,
                Labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["app.kubernetes.io/managed-by"] = "research-platform",
                    ["pod-security.kubernetes.io/enforce"] = ns.PodSecurity,
                    ["pod-security.kubernetes.io/warn"] = "restricted",
                },
                Annotations = ns.OpenBecause is null
                    ? new Dictionary<string, string> { ["research-platform/purpose"] = ns.Purpose }
                    : new Dictionary<string, string> { ["research-platform/purpose"] = ns.Purpose, ["research-platform/no-default-deny"] = ns.OpenBecause },
            },
        });

    private static IEnumerable<PlanValue> Policies(PlatformNamespace ns) =>
    [
        KubernetesObjects.ToPlanValue(new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new V1ObjectMeta { Name = "default-deny", NamespaceProperty = ns.Name },
            Spec = new V1NetworkPolicySpec { PodSelector = new V1LabelSelector(), PolicyTypes = ["Ingress", "Egress"] },
        }),
        KubernetesObjects.ToPlanValue(new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new V1ObjectMeta { Name = "allow-cluster-dns", NamespaceProperty = ns.Name },
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = new V1LabelSelector(),
                PolicyTypes = ["Egress"],
                Egress =
                [
                    new V1NetworkPolicyEgressRule
                    {
                        To =
                        [
                            new V1NetworkPolicyPeer
                            {
                                NamespaceSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["kubernetes.io/metadata.name"] = "kube-system" } },
                                PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["k8s-app"] = "kube-dns" } },
                            },
                        ],
                        Ports = [new V1NetworkPolicyPort { Protocol = "UDP", Port = 53 }, new V1NetworkPolicyPort { Protocol = "TCP", Port = 53 }],
                    },
                ],
            },
        }),
        .. ns.Ingress.Select(allowance => KubernetesObjects.ToPlanValue(new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new V1ObjectMeta { Name = $"allow-{allowance.Name}", NamespaceProperty = ns.Name },
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = Selector(allowance.Pods),
                PolicyTypes = ["Ingress"],
                Ingress =
                [
                    new V1NetworkPolicyIngressRule
                    {
                        FromProperty =
                        [
                            .. allowance.Cidrs.Select(cidr => new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = cidr } }),
                            .. allowance.FromPlatform ? [new V1NetworkPolicyPeer { NamespaceSelector = PlatformSelector }] : Array.Empty<V1NetworkPolicyPeer>(),
                            .. allowance.FromNamespaces.Select(NamespacePeer),
                        ],
                        Ports = allowance.TcpPorts.Select(port => new V1NetworkPolicyPort { Protocol = "TCP", Port = port }).ToList(),
                    },
                ],
            },
        })),
        .. ns.Egress.Select(allowance => KubernetesObjects.ToPlanValue(new V1NetworkPolicy
        {
            ApiVersion = "networking.k8s.io/v1",
            Kind = "NetworkPolicy",
            Metadata = new V1ObjectMeta { Name = $"allow-{allowance.Name}", NamespaceProperty = ns.Name },
            Spec = new V1NetworkPolicySpec
            {
                PodSelector = Selector(allowance.Pods),
                PolicyTypes = ["Egress"],
                Egress =
                [
                    new V1NetworkPolicyEgressRule
                    {
                        To =
                        [
                            .. allowance.Cidrs.Select(cidr => new V1NetworkPolicyPeer { IpBlock = new V1IPBlock { Cidr = cidr } }),
                            .. allowance.ToPlatform ? [new V1NetworkPolicyPeer { NamespaceSelector = PlatformSelector }] : Array.Empty<V1NetworkPolicyPeer>(),
                            .. allowance.ToNamespaces.Select(NamespacePeer),
                        ],

                        // No ports: every port (a tool's service port is its own business).
                        Ports = allowance.TcpPorts.Count == 0 ? null : allowance.TcpPorts.Select(port => new V1NetworkPolicyPort { Protocol = "TCP", Port = port }).ToList(),
                    },
                ],
            },
        })),
    ];
}
