using Pulumi;
using CoreSuperset = ResearchPlatform.Components.Superset.Superset;

namespace ResearchPlatform.Infra.Components;

/// <summary>Apache Superset through its operator: metastore on the platform PostgreSQL, its own Valkey, the research database as a data source.</summary>
public sealed class Superset : PlatformComponentResource
{
    public Superset(string name, SupersetArgs args, ComponentResourceOptions? options = null)
        : base(CoreSuperset.Type, name, options)
    {
        var gateway = args.Entry.Gateway;
        var identity = args.Identity.Handle;
        var postgres = args.Postgres.Handle;
        var wiring = CoreSuperset.Wiring(args.Superset, args.Cluster.ProviderPlan, args.Namespaces.Part!, gateway, identity, postgres);
        var part = CoreSuperset.Build(args.Superset, wiring, gateway, identity, postgres, args.Entry.Issuer, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Entry, args.Identity, args.Postgres);
        Url = Output.Create($"https://{args.Superset.Hostname}");
        RegisterOutputs();
    }

    /// <summary>The UI's URL.</summary>
    [Output("url")]
    public Output<string> Url { get; }
}
