using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>
/// The platform's S3 object storage: SeaweedFS in the cluster (on a replicated tier, every object on
/// two volume servers, mutual TLS between its servers, HTTPS for clients with a certificate from the
/// university CA, one identity per tool and tier with generated keys and only its buckets), or the
/// site's external S3 store, whose buckets and keys exist there.
/// </summary>
public static class ObjectStorage
{
    public const string Type = "research-platform:objectstorage:ObjectStorage";

    public const string Namespace = "objectstore";

    /// <summary>The S3 server's HTTPS port; its plain HTTP port is reachable only inside the namespace.</summary>
    public const int HttpsPort = 8443;

    /// <summary>
    /// Every SeaweedFS server's metrics (master, volume, filer, S3 gateway), on the pods: the master's
    /// pod names no metrics port and the filer has two Services, so the port is given by number.
    /// </summary>
    public static ScrapeTarget Metrics { get; } =
        new("seaweedfs", Namespace, ScrapeTarget.Selecting(("app.kubernetes.io/name", "seaweedfs"), ("app.kubernetes.io/instance", "seaweedfs")), "", 9327) { Pods = true };

    private const string IdentitiesSecret = "seaweedfs-s3-identities";

    private const string TlsSecret = "seaweedfs-s3-tls";

    /// <summary>An in-cluster store goes into its namespace once it exists, after cert-manager's issuer and its tier's StorageClass; an external one waits for nothing.</summary>
    public static KubernetesWiring Wiring(ObjectStorageArgs args, PlanResource provider, PlanComponent namespaces, PlanResource issuer, PlanComponent storageClasses, IReadOnlyList<PlanResource>? replicas = null) => new(provider)
    {
        After = args.External is null
            ? [Platform.Namespaces.Of(namespaces, args.Namespace), issuer, Storage.StorageClasses.For(storageClasses, args.StorageClass ?? throw new ArgumentException("object storage: SeaweedFS in the cluster needs the StorageClass of a replicated tier", nameof(args))), .. replicas ?? []]
            : [],
    };

    /// <summary>The SeaweedFS S3 service's host name in namespace <paramref name="ns"/>.</summary>
    public static string Host(string ns) => $"seaweedfs-s3.{ns}.svc";

    /// <summary>The store's component (without resources for an external store, which the plan does not deploy) and its handle.</summary>
    /// <exception cref="ArgumentException">A grant names a bucket that is not declared, or the in-cluster store has no StorageClass.</exception>
    public static (PlanComponent Component, ObjectStorageHandle Handle) Build(ObjectStorageArgs args, KubernetesWiring on, string name = "objectstorage")
    {
        var buckets = args.Buckets.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        if (args.Identities.SelectMany(i => i.Grants).FirstOrDefault(g => !buckets.Contains(g.Bucket)) is { } stray)
        {
            throw new ArgumentException($"object storage: a grant names bucket '{stray.Bucket}', which is not declared", nameof(args));
        }

        if (args.External is { } external)
        {
            var given = args.Identities.ToDictionary(
                i => i.Name,
                i => i.Keys ?? throw new ArgumentException($"object storage: identity '{i.Name}' needs the key pair the external store issued", nameof(args)));
            return (new PlanComponent(Type, name, []), new ObjectStorageHandle(external.Endpoint, external.CaCertificate, args.Buckets, given, null));
        }

        if (args.StorageClass is null)
        {
            throw new ArgumentException("object storage: SeaweedFS in the cluster needs the StorageClass of a replicated tier", nameof(args));
        }

        var keys = args.Identities.Select(i => (Identity: i,
            AccessKey: new PlanResource { Name = $"s3-{i.Name}-access-key", Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.LowerAlphanumeric, Length = 20 } },
            SecretKey: new PlanResource { Name = $"s3-{i.Name}-secret-key", Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.LowerAlphanumeric, Length = 40 } })).ToList();
        var identities = new PlanResource
        {
            Name = "s3-identities",
            Provider = on.ProviderName,
            DependsOn = on.AfterNames,
            Spec = new KubernetesSecretSpec
            {
                SecretName = IdentitiesSecret,
                Namespace = args.Namespace,
                StringData =
                [
                    KeyValuePair.Create<string, PlanValue>("seaweedfs_s3_config", new JsonDocumentValue(Map(("identities", List(keys.Select(k => Identity(k.Identity, k.AccessKey, k.SecretKey))))))),
                ],
            },
        };
        var certificate = on.Manifest("s3-certificate", [], Map(
            ("apiVersion", "cert-manager.io/v1"),
            ("kind", "Certificate"),
            ("metadata", Map(("name", TlsSecret), ("namespace", args.Namespace))),
            ("spec", Map(
                ("secretName", TlsSecret),
                ("commonName", Host(args.Namespace)),
                ("dnsNames", Strings(["seaweedfs-s3", $"seaweedfs-s3.{args.Namespace}", Host(args.Namespace)])),
                ("usages", Strings(["server auth", "digital signature", "key encipherment"])),
                ("issuerRef", Map(("kind", "ClusterIssuer"), ("name", args.Issuer)))))));
        var release = on.Release("seaweedfs", args.Chart, args.Namespace, [identities, certificate], SeaweedFsValues.Build(args, IdentitiesSecret, TlsSecret)) with
        {
            Options = PlanResourceOptions.Stateful,
        };
        var handle = new ObjectStorageHandle(
            $"https://{Host(args.Namespace)}:{HttpsPort}",
            args.RootCertificate,
            args.Buckets,
            keys.ToDictionary(k => k.Identity.Name, k => new S3KeyPair(k.AccessKey.Output("result"), k.SecretKey.Output("result"))),
            release);
        return (new PlanComponent(Type, name, [.. keys.SelectMany(k => new[] { k.AccessKey, k.SecretKey }), identities, certificate, release]), handle);
    }

    /// <summary>The actions SeaweedFS grants for <paramref name="access"/> to <paramref name="bucket"/>.</summary>
    public static IEnumerable<string> Actions(string bucket, S3Access access) => access == S3Access.Write
        ? [$"Read:{bucket}", $"List:{bucket}", $"Write:{bucket}", $"Tagging:{bucket}"]
        : [$"Read:{bucket}", $"List:{bucket}"];

    private static PlanValue Identity(S3Identity identity, PlanResource accessKey, PlanResource secretKey) => Map(
        ("name", identity.Name),
        ("credentials", List(Map(("accessKey", accessKey.Output("result")), ("secretKey", secretKey.Output("result"))))),
        ("actions", Strings(identity.Grants.SelectMany(g => Actions(g.Bucket, g.Access)))));
}
