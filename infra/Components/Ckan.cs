using Pulumi;
using CoreCkan = ResearchPlatform.Components.Ckan.Ckan;

namespace ResearchPlatform.Infra.Components;

/// <summary>CKAN, the data catalog: Keitaro's chart with Solr and Valkey beside it, its databases on the platform PostgreSQL, uploads in S3.</summary>
public sealed class Ckan : PlatformComponentResource
{
    public Ckan(string name, CkanArgs args, ComponentResourceOptions? options = null)
        : base(CoreCkan.Type, name, options)
    {
        var gateway = args.Entry.Gateway;
        var identity = args.Identity.Handle;
        var postgres = args.Postgres.Handle;
        var storage = args.ObjectStorage.Handle;
        var storageClass = ResearchPlatform.Components.Storage.StorageClasses.For(args.Storage.Parts.Classes, args.Ckan.SearchStorageClass);
        var wiring = CoreCkan.Wiring(args.Ckan, args.Cluster.ProviderPlan, args.Namespaces.Part!, gateway, identity, postgres, storage, storageClass);
        var part = CoreCkan.Build(args.Ckan, wiring, gateway, identity, postgres, storage, args.Entry.Issuer, name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Storage, args.Entry, args.Identity, args.Postgres, args.ObjectStorage);
        Url = Output.Create($"https://{args.Ckan.Hostname}");
        RegisterOutputs();
    }

    /// <summary>The catalog's URL; its API is under <c>/api/3/action</c>.</summary>
    [Output("url")]
    public Output<string> Url { get; }
}
