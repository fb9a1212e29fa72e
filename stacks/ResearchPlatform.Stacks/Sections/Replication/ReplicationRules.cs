using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Replication;

/// <summary>
/// Replicated claims have a source wherever the site is not the primary; the vaults are S3 buckets
/// outside the cluster; the peer is the one the database mirrors too; a standby's mirrors keep the
/// stated volume RPO.
/// </summary>
public sealed partial class ReplicationRules : IConfigRule
{
    // Computed when read: the rule is built while the section list itself is.
    public IReadOnlyList<string> Reads => ["research-platform:replication", "research-platform:site", "research-platform:recovery", "research-platform:postgres.backup.peer", "research-platform:storage.tiers", "research-platform:entry", .. PlatformSections.All.OfType<IReplicatedClaims>().Select(s => ConfigPath.Section(((IPlatformSection)s).Key))];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var root = ConfigPath.Section("replication");
        var claims = ReplicationSection.Claims(config);
        var role = config.Site.Role.ToString().ToLowerInvariant();
        var sets = string.Join(", ", claims.Select(c => $"{c.Name} in {c.Namespace}"));
        if (config.Replication is not { } replication)
        {
            if (config.Site.Role != SiteRole.Primary && claims.Count > 0)
            {
                yield return new(root, $"is required at a {role} site: its claims on replicated tiers ({sets}) come from the other site by Trident Protect, and would otherwise be created empty; add '{root}' with this site's vault and the peer it mirrors (README, \"Disaster recovery\")");
            }

            yield break;
        }

        if (CaCertificates.Problem(replication.CaCertificate, "give the CA that signed the sites' S3 certificates") is { } problem)
        {
            yield return new(ConfigPath.Child(root, "caCertificate"), problem);
        }

        foreach (var error in Vault(ConfigPath.Child(root, "vault"), replication.Vault, config))
        {
            yield return error;
        }

        if (replication.IntervalMinutes is < 5 or > 1_440)
        {
            yield return new(ConfigPath.Child(root, "intervalMinutes"), $"must be 5 to 1440 minutes (got {replication.IntervalMinutes}): Trident Protect's shortest useful schedule is 5 minutes");
        }
        else if (config.Site.Role == SiteRole.Standby && replication.Rpo > config.Recovery.VolumeRpoMinutes)
        {
            yield return new(ConfigPath.Child(root, "intervalMinutes"),
                $"{replication.IntervalMinutes} min between snapshots and as long between transfers let a volume lose up to {replication.Rpo} min, more than the stated volume RPO of {config.Recovery.VolumeRpoMinutes} min (research-platform:recovery.volumeRpoMinutes): mirror at most every {config.Recovery.VolumeRpoMinutes / 2} min, or state the RPO the sites can keep");
        }

        var peerPath = ConfigPath.Child(root, "peer");
        if (replication.Peer is not { } peer)
        {
            if (config.Site.Role != SiteRole.Primary && claims.Count > 0)
            {
                yield return new(peerPath, $"is required at a {role} site: its claims on replicated tiers ({sets}) mirror the other site's; give that site's name, its vault and the UID of each of its applications");
            }

            yield break;
        }

        if (!Names.IsDnsLabel(peer.Site))
        {
            yield return new(ConfigPath.Child(peerPath, "site"), $"must be the other site's name (its research-platform:site.name), a DNS label (got '{peer.Site}')");
        }
        else if (peer.Site == config.Site.Name)
        {
            yield return new(ConfigPath.Child(peerPath, "site"), $"'{peer.Site}' is this site's own name; give the name of the site whose claims this one mirrors");
        }
        else if (config.Postgres.Backup.Peer is { } databasePeer && databasePeer.Site != peer.Site)
        {
            yield return new(ConfigPath.Child(peerPath, "site"), $"'{peer.Site}' is not '{databasePeer.Site}', the site research-platform:postgres.backup.peer.site names: a site's volumes and database come from the same other site");
        }

        var peerVault = ConfigPath.Child(peerPath, "vault");
        foreach (var error in Vault(peerVault, peer.Vault, config))
        {
            yield return error;
        }

        if (peer.Vault.Bucket == replication.Vault.Bucket && peer.Vault.Endpoint == replication.Vault.Endpoint)
        {
            yield return new(ConfigPath.Child(peerVault, "bucket"), $"'{peer.Vault.Bucket}' at {peer.Vault.Endpoint} is this site's own vault; give the other site's, as its research-platform:replication.vault says");
        }

        var applications = ConfigPath.Child(peerPath, "applications");
        foreach (var set in claims.Where(c => !peer.Applications.ContainsKey(c.Name)))
        {
            yield return new(ConfigPath.Child(applications, set.Name), $"is missing: the UID of {peer.Site}'s application '{set.Name}' (in {set.Namespace}), which this site mirrors; read it there with kubectl -n {set.Namespace} get application {set.Name} -o jsonpath='{{.metadata.uid}}'");
        }

        foreach (var (name, uid) in peer.Applications.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!claims.Any(c => c.Name == name))
            {
                yield return new(ConfigPath.Child(applications, name), $"is not an application of replicated claims here; expected: {(claims.Count == 0 ? "none" : string.Join(", ", claims.Select(c => c.Name)))}");
            }
            else if (!Uid().IsMatch(uid))
            {
                yield return new(ConfigPath.Child(applications, name), $"must be the application's Kubernetes UID, such as 7498d32c-328e-4ddd-9029-122540866aeb (got '{uid}')");
            }
        }
    }

    private static IEnumerable<ConfigError> Vault(string path, ReplicationVaultConfig vault, StackConfig config)
    {
        if (!Uri.TryCreate(vault.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != "https" || endpoint.AbsolutePath != "/")
        {
            yield return new(ConfigPath.Child(path, "endpoint"), $"must be the S3 store's https URL with no path, such as https://s3.dc-north.uni-example.edu (got '{vault.Endpoint}')");
        }
        else if (endpoint.Host.EndsWith(".svc", StringComparison.Ordinal) || endpoint.Host.Contains(".svc.", StringComparison.Ordinal) || endpoint.Host.EndsWith("." + config.Entry.Domain, StringComparison.Ordinal))
        {
            yield return new(ConfigPath.Child(path, "endpoint"), $"{endpoint.Host} is inside the cluster whose volumes the vault describes, so losing the cluster would lose it too; use the site's ONTAP S3");
        }

        if (!Bucket().IsMatch(vault.Bucket))
        {
            yield return new(ConfigPath.Child(path, "bucket"), $"must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-' (got '{vault.Bucket}')");
        }

        if (vault.Network.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(path, "network"), $"must be the S3 store's network, such as 10.41.30.0/24; Trident Protect may reach nothing else (got '{vault.Network}')");
        }

    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\\z")]
    private static partial Regex Bucket();

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z")]
    private static partial Regex Uid();
}
