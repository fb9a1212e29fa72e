using Pulumi;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Plan;
using CoreEntry = ResearchPlatform.Components.Entry.EntryPoint;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// The platform's TLS entry point: Gateway API CRDs, kube-vip for its address, cert-manager with the
/// university CA, and Traefik with the Gateway every tool's route attaches to, each a child component.
/// </summary>
public sealed class EntryPoint : PlatformComponentResource
{
    public EntryPoint(string name, EntryPointArgs args, ComponentResourceOptions? options = null)
        : base(CoreEntry.Type, name, options)
    {
        var e = args.Entry;
        var parts = CoreEntry.Build(e, CoreEntry.Wiring(e, args.Cluster.ProviderPlan, args.Namespaces.Part!), name);
        var context = args.Cluster.Context;
        Realize(parts.Parent, context);
        GatewayApi = new EntryPart("research-platform:entry:GatewayApi", parts.GatewayApi, context, Child(), args.Cluster);
        ServiceVips = new EntryPart("research-platform:entry:ServiceVips", parts.ServiceVips, context, Child(), args.Cluster, args.Namespaces);
        CertManager = new EntryPart("research-platform:entry:CertManager", parts.CertManager, context, Child(), args.Cluster, args.Namespaces, GatewayApi);
        Traefik = new EntryPart("research-platform:entry:Traefik", parts.Traefik, context, Child(), args.Cluster, args.Namespaces, GatewayApi, ServiceVips, CertManager);
        Gateway = parts.Gateway;
        Issuer = parts.Issuer;
        Address = Output.Create(e.Address);
        Domain = Output.Create(e.Domain);
        GatewayName = Output.Create($"{e.GatewayNamespace}/{e.GatewayName}");
        RegisterOutputs();
    }

    /// <summary>The entry point's fixed address: <c>*.&lt;domain&gt;</c> points at it in DNS.</summary>
    [Output("address")]
    public Output<string> Address { get; }

    /// <summary>The platform domain.</summary>
    [Output("domain")]
    public Output<string> Domain { get; }

    /// <summary>The Gateway, <c>namespace/name</c>.</summary>
    [Output("gateway")]
    public Output<string> GatewayName { get; }

    public EntryPart GatewayApi { get; }

    public EntryPart ServiceVips { get; }

    public EntryPart CertManager { get; }

    public EntryPart Traefik { get; }

    /// <summary>The Gateway tools attach their routes to.</summary>
    public GatewayHandle Gateway { get; }

    /// <summary>The ClusterIssuer over the university CA.</summary>
    public IssuerHandle Issuer { get; }
}
