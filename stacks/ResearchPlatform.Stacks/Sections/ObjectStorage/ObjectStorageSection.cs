using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Replication;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;
using Store = ResearchPlatform.Components.ObjectStorage.ObjectStorage;

namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary>
/// <c>research-platform:objectStorage</c>: S3 for notebooks and tools, SeaweedFS in the cluster or
/// the site's external store. Its identities are the notebooks of each tier (with the access each
/// bucket gives them) and every section with buckets (<see cref="IBuckets"/>). Publishes the
/// <see cref="ObjectStorageHandle"/> clients connect with.
/// </summary>
public sealed class ObjectStorageSection : PlatformSection<ObjectStorageArgs>, IScrapeTargets, IReplicatedClaims
{
    public override string Key => "objectStorage";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new ObjectStorageRules()];

    /// <summary>
    /// In the cluster, no: SeaweedFS's volumes are mirrored from the other site and would be created
    /// empty. The site's external store is outside the platform and always there.
    /// </summary>
    public override bool RunsAtStandby(StackConfig config) => config.ObjectStorage.Server == ObjectStorageServer.External;

    /// <summary>The claim set of the application that mirrors the in-cluster store.</summary>
    public const string ReplicatedClaimsName = "objectstorage";

    /// <summary>Every SeaweedFS claim, when the store is in the cluster on a replicated tier (the rules require one).</summary>
    public IEnumerable<ProtectedClaims> ReplicatedClaims(StackConfig config) =>
        config.ObjectStorage is { Server: ObjectStorageServer.InCluster, StorageTier: { } tier } && config.Storage.Tiers.Any(t => t.Name == tier && t.Replicated)
            ? [new ProtectedClaims(ReplicatedClaimsName, Store.Namespace, tier, null)]
            : [];

    /// <summary>SeaweedFS's servers; an external store is the site's to monitor.</summary>
    public IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config) =>
        config.ObjectStorage.Server == ObjectStorageServer.InCluster ? [Store.Metrics] : [];

    /// <summary>The identity of tier <paramref name="tier"/>'s notebooks (<c>notebooks-student</c>).</summary>
    public static string TierIdentity(string tier) => $"notebooks-{tier}";

    /// <summary>
    /// The notebook tiers (the hub's tier names), what each bucket gives them, and whether they write
    /// the research database: researchers (and admins) do, students read.
    /// </summary>
    public static IEnumerable<(string Tier, Func<BucketConfig, BucketAccess> Access, bool WritesDatabase)> Tiers { get; } =
        [(JupyterHub.JupyterHubComposition.ResearcherTier, b => b.Researchers, true), (JupyterHub.JupyterHubComposition.StudentTier, b => b.Students, false)];

    /// <summary>The identities the store serves in this stack: the tiers' notebooks, then every section that is on and uses buckets.</summary>
    public static IEnumerable<S3Identity> Identities(StackConfig config) =>
    [
        .. Tiers.Select(t => new S3Identity(
            TierIdentity(t.Tier),
            config.ObjectStorage.Buckets.Where(b => t.Access(b) != BucketAccess.None)
                .Select(b => new S3Grant(b.Name, t.Access(b) == BucketAccess.Write ? S3Access.Write : S3Access.Read)).ToList())),
        .. PlatformSections.All.OfType<IBuckets>().Where(s => s.Buckets(config).Any() || s.ReadsBuckets(config).Any()).Select(s => new S3Identity(
            ((IPlatformSection)s).Key.ToLowerInvariant(),
            [.. s.Buckets(config).Select(b => new S3Grant(b.Name, S3Access.Write)), .. s.ReadsBuckets(config).Select(b => new S3Grant(b, S3Access.Read))])),
    ];

    /// <summary>Every bucket of the stack with the config path that declares it.</summary>
    public static IEnumerable<(string Path, S3Bucket Bucket)> Buckets(StackConfig config) =>
    [
        .. config.ObjectStorage.Buckets.Select((b, i) => (ConfigPath.Item(ConfigPath.Child(ConfigPath.Section("objectStorage"), "buckets"), i),
            new S3Bucket(b.Name, b.Purpose ?? b.Name) { Versioning = b.Versioning })),
        .. PlatformSections.All.OfType<IBuckets>().SelectMany(s => s.Buckets(config).Select(b => (ConfigPath.Section(((IPlatformSection)s).Key), b))),
    ];

    /// <summary>Egress from <paramref name="pods"/> to the S3 endpoint, in the cluster or at the site.</summary>
    public static EgressAllowance ClientEgress(StackConfig config, (string Label, IReadOnlyList<string> Values)? pods = null)
    {
        if (config.ObjectStorage is { Server: ObjectStorageServer.External, External: { } external })
        {
            var port = Uri.TryCreate(external.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint.Port : 443;
            return new EgressAllowance("object-storage", [external.Network.ToString()], [port]) { Pods = pods };
        }

        return new EgressAllowance("object-storage", [], [Store.HttpsPort]) { ToNamespaces = [Store.Namespace], Pods = pods };
    }

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config) => config.ObjectStorage.Server == ObjectStorageServer.External
        ? []
        : [
            new(Store.Namespace, "restricted", "SeaweedFS: the platform's S3 object storage")
            {
                HoldsClaims = true,
                Ingress =
                [
                    new IngressAllowance("s3-from-platform", [], [Store.HttpsPort]) { FromPlatform = true },

                    // Master, volume, filer and S3 servers talk among themselves on their HTTP and gRPC ports.
                    new IngressAllowance("seaweedfs-peers", [], []) { FromNamespaces = [Store.Namespace] },
                ],
                Egress = [new EgressAllowance("seaweedfs-peers-out", [], []) { ToNamespaces = [Store.Namespace] }],
            },
        ];

    public override ObjectStorageArgs Args(StackConfig config)
    {
        var store = config.ObjectStorage;
        var external = store.Server == ObjectStorageServer.External ? store.External : null;
        return new ObjectStorageArgs
        {
            Buckets = Buckets(config).Select(b => b.Bucket).ToList(),
            Identities = Identities(config).Select(i => external is null
                ? i
                : i with { Keys = external.Keys.TryGetValue(i.Name, out var keys) ? new S3KeyPair(Secret(keys.AccessKeyId), Secret(keys.SecretAccessKey)) : null }).ToList(),
            External = external is null ? null : new ExternalS3Args { Endpoint = external.Endpoint, Network = external.Network.ToString(), CaCertificate = external.CaCertificate },
            StorageClass = external is null && store.StorageTier is { } tier
                ? StorageClasses.ClassName(config.Storage.Tiers.Select(StorageComposition.Tier).Single(t => t.Name == tier))
                : null,
            VolumeServers = store.VolumeServers,
            VolumeSize = store.VolumeSize,
            Issuer = EntryPoint.Issuer,
            RootCertificate = config.Entry.Ca.RootCertificate,
        };
    }

    public override IEnumerable<Components.Plan.StackOutput> Outputs(ObjectStorageArgs args) =>
        [new("objectStorageEndpoint", args.External?.Endpoint ?? $"https://{Store.Host(args.Namespace)}:{Store.HttpsPort}", "the S3 endpoint notebooks and tools use")];

    public override SectionParts Compose(ObjectStorageArgs args, PlatformHandles platform)
    {
        var issuer = platform.Require<IssuerHandle>(Key);
        var wiring = Store.Wiring(args, platform.Cluster.Provider, platform.Namespaces, issuer.Ready, platform.Storage.Classes, Replicas(platform, args.Namespace));
        var (component, handle) = Store.Build(args, wiring);
        return new SectionParts([component]) { Handles = [handle] };
    }

    private static IReadOnlyList<Components.Plan.PlanResource> Replicas(PlatformHandles platform, string @namespace) =>
        platform.Published.OfType<ReplicationHandle>().FirstOrDefault()?.ReadyIn(@namespace) ?? [];

    private static Components.Plan.Values.ConfigSecretReference Secret(SecretValue value) => new(value.KeyPath);
}
