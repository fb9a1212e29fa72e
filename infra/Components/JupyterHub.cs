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
        var hub = ResearchPlatform.Stacks.Sections.JupyterHub.JupyterHubComposition.Wired(args.Hub, args.Entry.Gateway, args.Postgres?.Handle, args.Identity?.Handle, args.ObjectStorage?.Handle);
        var part = CoreHub.Build(hub, CoreHub.Wiring(hub, args.Cluster.ProviderPlan, args.Namespaces.Part!, storage.Classes, storage.Drives, args.Replication?.Handle.ReadyIn(args.Hub.Namespace)));
        Realize(part, args.Cluster.Context, [args.Cluster, args.Namespaces, args.Storage, args.Entry, .. new PlatformComponentResource?[] { args.Identity, args.Postgres, args.ObjectStorage, args.Replication }.OfType<PlatformComponentResource>()]);
        Url = Output.Create($"https://{args.Hub.Hostname}");
        RegisterOutputs();
    }

    /// <summary>The hub's address, through the platform's TLS entry point.</summary>
    [Output("url")]
    public Output<string> Url { get; }
}
