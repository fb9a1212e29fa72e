using Pulumi;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.Plan;
using CoreBroker = ResearchPlatform.Components.Identity.IdentityBroker;

namespace ResearchPlatform.Infra.Components;

/// <summary>Single sign-on: Dex over Active Directory, one OIDC client per tool, behind the Gateway.</summary>
public sealed class IdentityBroker : PlatformComponentResource
{
    public IdentityBroker(string name, IdentityBrokerArgs args, ComponentResourceOptions? options = null)
        : base(CoreBroker.Type, name, options)
    {
        var wiring = new KubernetesWiring(args.Cluster.ProviderPlan) { After = [ResearchPlatform.Components.Platform.Namespaces.Of(args.Namespaces.Part!, args.Identity.Namespace)] };
        var (part, handle) = CoreBroker.Build(args.Identity, wiring, args.Entry.Gateway, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Entry);
        Handle = handle;
        Issuer = Output.Create(handle.Issuer);
        RegisterOutputs();
    }

    /// <summary>The OIDC issuer URL tools log in through.</summary>
    [Output("issuer")]
    public Output<string> Issuer { get; }

    /// <summary>The issuer and each client's secret, for the tools.</summary>
    public IdentityHandle Handle { get; }
}
