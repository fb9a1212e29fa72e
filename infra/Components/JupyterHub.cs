using Pulumi;
using CoreHub = ResearchPlatform.Components.JupyterHub.JupyterHub;

namespace ResearchPlatform.Infra.Components;

/// <summary>JupyterHub from the pinned Zero to JupyterHub chart, with AD login, tiers and department drives.</summary>
public sealed class JupyterHub : PlatformComponentResource
{
    public JupyterHub(string name, JupyterHubArgs args, ComponentResourceOptions? options = null)
        : base(CoreHub.Type, name, options)
    {
        var storage = args.Storage.Parts;
        var hub = args.Hub with { Gateway = args.Entry.Gateway };
        if (hub.Database is null)
        {
            var postgres = args.Postgres ?? throw new ArgumentException($"JupyterHub '{name}' keeps its database on the platform PostgreSQL: pass it as Postgres", nameof(args));
            hub = CoreHub.OnPlatformDatabase(hub, postgres.Handle);
        }

        if (hub.Login.Method == ResearchPlatform.Components.JupyterHub.AuthMethod.Broker)
        {
            var broker = args.Identity ?? throw new ArgumentException($"JupyterHub '{name}' signs in through the identity broker: pass it as Identity", nameof(args));
            hub = hub with { Login = ResearchPlatform.Stacks.Sections.JupyterHub.JupyterHubComposition.ThroughBroker(hub.Login, broker.Handle) };
        }

        var part = CoreHub.Build(hub, CoreHub.Wiring(hub, args.Cluster.ProviderPlan, args.Namespaces.Part!, storage.Classes, storage.Drives));
        Realize(part, args.Cluster.Context, [args.Cluster, args.Namespaces, args.Storage, args.Entry, .. new PlatformComponentResource?[] { args.Identity, args.Postgres }.OfType<PlatformComponentResource>()]);
        Url = Output.Create($"https://{args.Hub.Hostname}");
        RegisterOutputs();
    }

    /// <summary>The hub's address, through the platform's TLS entry point.</summary>
    [Output("url")]
    public Output<string> Url { get; }
}
