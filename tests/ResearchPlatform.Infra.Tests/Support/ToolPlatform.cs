using ResearchPlatform.Infra.Components;
using ResearchPlatform.Stacks.Composition;
using PlatformNamespaces = ResearchPlatform.Infra.Components.PlatformNamespaces;

namespace ResearchPlatform.Infra.Tests.Support;

/// <summary>The platform a tool builds on (cluster, namespaces, storage, entry point, broker, PostgreSQL, S3), composed by hand as a Pulumi user would.</summary>
internal sealed record ToolPlatform(KubernetesCluster Cluster, PlatformNamespaces Namespaces, Storage Storage, EntryPoint Entry, IdentityBroker Identity, PlatformPostgres Postgres, ObjectStorage ObjectStorage)
{
    /// <summary>The arguments section <paramref name="key"/> has in <paramref name="design"/>.</summary>
    public static T Args<T>(PlatformDesign design, string key) => (T)design.Sections.Single(s => s.Section.Key == key).Args;

    /// <summary>Composes the platform of <paramref name="design"/>, inside a Pulumi program, with no worker VMs.</summary>
    public static ToolPlatform Compose(PlatformDesign design)
    {
        var cluster = new KubernetesCluster("cluster", new KubernetesClusterArgs { Design = design.Cluster with { WorkerPools = [] } });
        var namespaces = new PlatformNamespaces("namespaces", new PlatformNamespacesArgs { Cluster = cluster, Namespaces = design.Namespaces });
        var storage = new Storage("storage", new StorageArgs { Cluster = cluster, Namespaces = namespaces, Design = design.Storage });
        var entry = new EntryPoint("entry", new EntryPointArgs { Cluster = cluster, Namespaces = namespaces, Entry = Args<ResearchPlatform.Components.Entry.EntryArgs>(design, "entry") });
        var identity = new IdentityBroker("identity", new IdentityBrokerArgs { Cluster = cluster, Namespaces = namespaces, Entry = entry, Identity = Args<ResearchPlatform.Components.Identity.IdentityArgs>(design, "identity") });
        var postgres = new PlatformPostgres("postgres", new PlatformPostgresArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = entry, Postgres = Args<ResearchPlatform.Components.Postgres.PostgresArgs>(design, "postgres") });
        var store = new ObjectStorage("objectstorage", new ObjectStorageArgs { Cluster = cluster, Namespaces = namespaces, Storage = storage, Entry = entry, Store = Args<ResearchPlatform.Components.ObjectStorage.ObjectStorageArgs>(design, "objectStorage") });
        return new ToolPlatform(cluster, namespaces, storage, entry, identity, postgres, store);
    }
}
