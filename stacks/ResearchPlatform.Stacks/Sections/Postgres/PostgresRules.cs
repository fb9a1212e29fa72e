using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Postgres;

/// <summary>The cluster's tier, size and instances, and a backup store that survives the cluster.</summary>
public sealed partial class PostgresRules : IConfigRule
{
    // Computed when read: the rule is built while the section list itself is.
    public IReadOnlyList<string> Reads => ["research-platform:postgres", "research-platform:storage.tiers", "research-platform:entry", "research-platform:site", .. PlatformSections.All.Where(s => s is IDatabases or IDatabaseUsers).Select(s => ConfigPath.Section(s.Key))];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var pg = config.Postgres;
        var path = ConfigPath.Section("postgres");
        var tiers = config.Storage.Tiers.Select(t => t.Name).ToList();
        if (!tiers.Contains(pg.StorageTier))
        {
            yield return new(ConfigPath.Child(path, "storageTier"), $"'{pg.StorageTier}' is not a storage tier; declared: {string.Join(", ", tiers)} (research-platform:storage.tiers)");
        }

        if (pg.Instances is < 1 or > 9)
        {
            yield return new(ConfigPath.Child(path, "instances"), $"must be 1 to 9 (got {pg.Instances}); 3 keeps the database up through a node's loss");
        }

        if (!Quantity().IsMatch(pg.Size))
        {
            yield return new(ConfigPath.Child(path, "size"), $"must be a Kubernetes quantity such as 50Gi (got '{pg.Size}')");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (dbPath, db) in PlatformSections.All.OfType<IDatabases>().SelectMany(s => s.Databases(config).Select(d => (ConfigPath.Section(((IPlatformSection)s).Key), d))))
        {
            if (!Identifier().IsMatch(db))
            {
                yield return new(dbPath, $"database '{db}' must be a PostgreSQL identifier: lower-case letters, digits and _, starting with a letter");
            }
            else if (!names.Add(db))
            {
                yield return new(dbPath, $"database '{db}' is already declared by another section; each tool needs its own");
            }
        }

        foreach (var (userPath, user) in PlatformSections.All.OfType<IDatabaseUsers>().SelectMany(s => s.Users(config).Select(u => (ConfigPath.Section(((IPlatformSection)s).Key), u))))
        {
            if (!Identifier().IsMatch(user.Name))
            {
                yield return new(userPath, $"role '{user.Name}' must be a PostgreSQL identifier of at most 63 characters: shorten the database name it is made from");
            }
            else if (!names.Add(user.Name))
            {
                yield return new(userPath, $"role '{user.Name}' has the name of another role or database; rename that database");
            }
        }

        var backup = ConfigPath.Child(path, "backup");
        var b = pg.Backup;
        if (!Uri.TryCreate(b.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != "https")
        {
            yield return new(ConfigPath.Child(backup, "endpoint"), $"must be the S3 store's https URL, such as https://s3.dc-north.uni-example.edu (got '{b.Endpoint}')");
        }
        else if (!b.AllowInClusterTarget && (endpoint.Host.EndsWith(".svc", StringComparison.Ordinal) || endpoint.Host.Contains(".svc.", StringComparison.Ordinal) || endpoint.Host.EndsWith("." + config.Entry.Domain, StringComparison.Ordinal)))
        {
            yield return new(ConfigPath.Child(backup, "endpoint"),
                $"{endpoint.Host} is inside the cluster the backups protect, so losing the cluster loses them too; use the site's S3 store outside it, or set allowInClusterTarget: true to accept that");
        }

        if (!Bucket().IsMatch(b.Bucket))
        {
            yield return new(ConfigPath.Child(backup, "bucket"), $"must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-' (got '{b.Bucket}')");
        }

        if (b.Network.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(backup, "network"), $"must be the S3 store's network, such as 10.41.30.0/24; the database may reach nothing else (got '{b.Network}')");
        }

        if (b.Schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6)
        {
            yield return new(ConfigPath.Child(backup, "schedule"), $"must be six cron fields, seconds first, such as 0 0 2 * * * (got '{b.Schedule}')");
        }

        if (b.RetentionDays is < 1 or > 3650)
        {
            yield return new(ConfigPath.Child(backup, "retentionDays"), $"must be 1 to 3650 (got {b.RetentionDays})");
        }

        if (CaCertificates.Problem(b.CaCertificate, "give the CA that signed the S3 store's certificate") is { } problem)
        {
            yield return new(ConfigPath.Child(backup, "caCertificate"), problem);
        }

        var peerPath = ConfigPath.Child(backup, "peer");
        var role = config.Site.Role.ToString().ToLowerInvariant();
        if (b.Peer is not { } peer)
        {
            if (config.Site.Role != SiteRole.Primary)
            {
                yield return new(peerPath, $"is required at a {role} site: its database replicates from, or recovers from, the other site's backups; give the other site's name and the bucket that mirrors its backups here (site: north, bucket: dsp-postgres-north-mirror)");
            }
        }
        else
        {
            if (!Names.IsDnsLabel(peer.Site))
            {
                yield return new(ConfigPath.Child(peerPath, "site"), $"must be the other site's name (its research-platform:site.name), a DNS label (got '{peer.Site}')");
            }
            else if (peer.Site == config.Site.Name)
            {
                yield return new(ConfigPath.Child(peerPath, "site"), $"'{peer.Site}' is this site's own name; give the other site's, under which it archives");
            }

            if (!Bucket().IsMatch(peer.Bucket))
            {
                yield return new(ConfigPath.Child(peerPath, "bucket"), $"must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-' (got '{peer.Bucket}')");
            }
            else if (peer.Bucket == b.Bucket)
            {
                yield return new(ConfigPath.Child(peerPath, "bucket"), $"'{peer.Bucket}' is this site's own backup bucket; the other site's backups come to a mirror bucket of their own");
            }
        }
    }


    [GeneratedRegex("^[0-9]+(\\.[0-9]+)?(Mi|Gi|Ti)\\z")]
    private static partial Regex Quantity();

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}\\z")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\z")]
    private static partial Regex Bucket();
}
