using Pulumi;
using ResearchPlatform.Components.ObjectStorage;
using CoreStore = ResearchPlatform.Components.ObjectStorage.ObjectStorage;

namespace ResearchPlatform.Infra.Components;

/// <summary>The platform's S3 store: SeaweedFS in the cluster with an identity per tool and tier, or the site's store.</summary>
public sealed class ObjectStorage : PlatformComponentResource
{
    public ObjectStorage(string name, ObjectStorageArgs args, ComponentResourceOptions? options = null)
        : base(CoreStore.Type, name, options)
    {
        var store = args.Store;
        var wiring = CoreStore.Wiring(store, args.Cluster.ProviderPlan, args.Namespaces.Part!, args.Entry.Issuer.Ready, args.Storage.Parts.Classes, args.Replication?.Handle.ReadyIn(store.Namespace));
        var (part, handle) = CoreStore.Build(store, wiring, name);
        Realize(part, args.Cluster.Context, [args.Cluster, args.Namespaces, args.Storage, args.Entry, .. new PlatformComponentResource?[] { args.Replication }.OfType<PlatformComponentResource>()]);
        Handle = handle;
        Endpoint = Output.Create(handle.Endpoint);
        Buckets = Output.Create(System.Collections.Immutable.ImmutableArray.CreateRange(store.Buckets.Select(b => b.Name)));
        RegisterOutputs();
    }

    /// <summary>The https URL clients use.</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; }

    /// <summary>The buckets.</summary>
    [Output("buckets")]
    public Output<System.Collections.Immutable.ImmutableArray<string>> Buckets { get; }

    /// <summary>Endpoint, CA and each identity's keys, for the clients.</summary>
    public ObjectStorageHandle Handle { get; }
}
