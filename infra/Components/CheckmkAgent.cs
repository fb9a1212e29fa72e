using Pulumi;
using ResearchPlatform.Components.Checkmk;
using CoreCheckmk = ResearchPlatform.Components.Checkmk.Checkmk;

namespace ResearchPlatform.Infra.Components;

/// <summary>The Checkmk Kubernetes agent: node collectors, and the cluster collector the site's Checkmk server reads over TLS.</summary>
public sealed class CheckmkAgent : PlatformComponentResource
{
    public CheckmkAgent(string name, CheckmkAgentArgs args, ComponentResourceOptions? options = null)
        : base(CoreCheckmk.Type, name, options)
    {
        var wiring = new ResearchPlatform.Components.Plan.KubernetesWiring(args.Cluster.ProviderPlan)
        {
            After = [ResearchPlatform.Components.Platform.Namespaces.Of(args.Namespaces.Part!, args.Checkmk.Namespace), args.Entry.Gateway.Ready],
        };
        var (part, handle) = CoreCheckmk.Build(args.Checkmk, wiring, args.Cluster.Parts, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Entry);
        Handle = handle;
        CollectorUrl = Output.Create(handle.CollectorUrl);
        TokenSecret = Output.Create($"{handle.Namespace}/{handle.TokenSecret}");
        RegisterOutputs();
    }

    /// <summary>The cluster collector's URL, for the Checkmk server's Kubernetes rule.</summary>
    [Output("collectorUrl")]
    public Output<string> CollectorUrl { get; }

    /// <summary>The Secret (<c>namespace/name</c>) whose token and CA the Checkmk server uses.</summary>
    [Output("tokenSecret")]
    public Output<string> TokenSecret { get; }

    /// <summary>What the Checkmk server is configured with.</summary>
    public CheckmkHandle Handle { get; }
}
