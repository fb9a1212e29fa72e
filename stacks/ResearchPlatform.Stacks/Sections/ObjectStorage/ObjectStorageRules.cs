using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary>Where the store runs, its tier and sizes, its buckets, and for an external store its endpoint and every identity's keys.</summary>
public sealed partial class ObjectStorageRules : IConfigRule
{
    // Computed when read: the rule is built while the section list itself is.
    public IReadOnlyList<string> Reads => ["research-platform:objectStorage", "research-platform:storage.tiers", .. PlatformSections.All.OfType<IBuckets>().Select(s => ConfigPath.Section(((IPlatformSection)s).Key))];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var store = config.ObjectStorage;
        var path = ConfigPath.Section("objectStorage");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (bucketPath, bucket) in ObjectStorageSection.Buckets(config))
        {
            if (!Bucket().IsMatch(bucket.Name) || bucket.Name.Contains("..", StringComparison.Ordinal) || IpLike().IsMatch(bucket.Name))
            {
                yield return new(bucketPath, $"bucket '{bucket.Name}' must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit, not shaped like an IP address");
            }
            else if (!names.Add(bucket.Name))
            {
                yield return new(bucketPath, $"bucket '{bucket.Name}' is already declared; each bucket has one owner");
            }
        }

        if (store.Server == ObjectStorageServer.External)
        {
            foreach (var error in External(config, path))
            {
                yield return error;
            }

            yield break;
        }

        if (store.External is not null)
        {
            yield return new(ConfigPath.Child(path, "external"), "is set, but server is in-cluster: remove it, or set server: external to use the site's store");
        }

        var tiers = config.Storage.Tiers;
        if (store.StorageTier is null)
        {
            yield return new(ConfigPath.Child(path, "storageTier"), $"is required for the in-cluster store: name a replicated storage tier ({Declared(config)})");
        }
        else if (tiers.FirstOrDefault(t => t.Name == store.StorageTier) is not { } tier)
        {
            yield return new(ConfigPath.Child(path, "storageTier"), $"'{store.StorageTier}' is not a storage tier; declared: {string.Join(", ", tiers.Select(t => t.Name))} (research-platform:storage.tiers)");
        }
        else if (!tier.Replicated)
        {
            yield return new(ConfigPath.Child(path, "storageTier"), $"tier '{tier.Name}' is not replicated, so the DR site would have no copy of the objects; name a tier with replicated: true ({Declared(config)})");
        }

        if (store.VolumeServers is < 2 or > 32)
        {
            yield return new(ConfigPath.Child(path, "volumeServers"), $"must be 2 to 32 (got {store.VolumeServers}); every object is kept on two of them");
        }

        if (!Quantity().IsMatch(store.VolumeSize))
        {
            yield return new(ConfigPath.Child(path, "volumeSize"), $"must be a Kubernetes quantity such as 500Gi (got '{store.VolumeSize}')");
        }
    }

    private static IEnumerable<ConfigError> External(StackConfig config, string path)
    {
        var external = ConfigPath.Child(path, "external");
        if (config.ObjectStorage.External is not { } site)
        {
            yield return new(external, "is required for server: external: give the site store's endpoint, network, caCertificate and one key pair per identity");
            yield break;
        }

        if (!Uri.TryCreate(site.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != "https")
        {
            yield return new(ConfigPath.Child(external, "endpoint"), $"must be the S3 store's https URL, such as https://s3.dc-north.uni-example.edu (got '{site.Endpoint}')");
        }

        if (site.Network.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(external, "network"), $"must be the S3 store's network, such as 10.41.30.0/24; clients may reach nothing else there (got '{site.Network}')");
        }

        if (CaCertificates.Problem(site.CaCertificate, "give the CA that signed the S3 store's certificate") is { } problem)
        {
            yield return new(ConfigPath.Child(external, "caCertificate"), problem);
        }

        var keys = ConfigPath.Child(external, "keys");
        var identities = ObjectStorageSection.Identities(config).ToList();
        foreach (var identity in identities.Where(i => !site.Keys.ContainsKey(i.Name)))
        {
            var buckets = identity.Grants.Count == 0 ? "no bucket" : string.Join(", ", identity.Grants.Select(g => $"{g.Bucket} ({g.Access.ToString().ToLowerInvariant()})"));
            yield return new(ConfigPath.Child(keys, identity.Name),
                $"is missing: create user '{identity.Name}' on the store with access to {buckets}, then set its accessKeyId and secretAccessKey here as secrets");
        }

        foreach (var stray in site.Keys.Keys.Where(k => identities.All(i => i.Name != k)))
        {
            yield return new(ConfigPath.Child(keys, stray), $"is no platform identity; the identities are {string.Join(", ", identities.Select(i => i.Name))}");
        }
    }

    private static string Declared(StackConfig config) =>
        config.Storage.Tiers.Where(t => t.Replicated).Select(t => t.Name).ToList() is { Count: > 0 } replicated
            ? $"replicated: {string.Join(", ", replicated)}"
            : "none is replicated: set replicated: true on a tier in research-platform:storage.tiers";

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\z")]
    private static partial Regex Bucket();

    [GeneratedRegex("^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+\\z")]
    private static partial Regex IpLike();

    [GeneratedRegex("^[0-9]+(\\.[0-9]+)?(Mi|Gi|Ti)\\z")]
    private static partial Regex Quantity();
}
