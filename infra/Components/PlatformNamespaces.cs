using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Plan;
using CoreNamespaces = ResearchPlatform.Components.Platform.Namespaces;

namespace ResearchPlatform.Infra.Components;

/// <summary>The platform's namespaces, each with Pod Security enforced and a default-deny network policy.</summary>
public sealed class PlatformNamespaces : PlatformComponentResource
{
    public PlatformNamespaces(string name, PlatformNamespacesArgs args, ComponentResourceOptions? options = null)
        : base(CoreNamespaces.Type, name, options)
    {
        Realize(CoreNamespaces.Build(args.Namespaces, new KubernetesWiring(args.Cluster.ProviderPlan)), args.Cluster.Context, args.Cluster);
        Names = Output.Create(args.Namespaces.Select(n => n.Name).ToImmutableArray());
        RegisterOutputs();
    }

    /// <summary>The namespace names, in creation order.</summary>
    [Output("names")]
    public Output<ImmutableArray<string>> Names { get; }
}
