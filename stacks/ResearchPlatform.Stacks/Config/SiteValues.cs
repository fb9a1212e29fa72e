using System.Text.RegularExpressions;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// The values that differ between the sites and so belong in a stack file: the site itself, its
/// vCenter and its placement, its addresses, its SVMs, its node counts, its site-local services.
/// Everything else is the platform layer's, written once for both sites; with a layer imported, a
/// stack file that sets anything else is refused, so prod and dr cannot silently drift apart.
/// </summary>
public static partial class SiteValues
{
    /// <summary>The site values (a path and everything below it; <c>vsphere:</c> is the provider's whole namespace), each with why it is the site's.</summary>
    public static IReadOnlyList<(string Path, string Why)> All { get; } =
    [
        ("vsphere:", "the site's own vCenter and its credentials"),
        ("research-platform:site", "the data center: name, role, node network, DNS"),
        ("research-platform:vsphere", "where in the site's vCenter the VMs go"),
        ("research-platform:cluster.name", "each site's cluster has its own name"),
        ("research-platform:cluster.apiVip", "an address of the site's node network"),
        ("research-platform:cluster.controlPlane.firstIp", "an address of the site's node network"),
        ("research-platform:cluster.workerPools", "each site's capacity: pool sizes, addresses, and GPUs where they are"),
        ("research-platform:cluster.gpuOperator", "the site's GPU driver mirror and NVIDIA licence server, where it has GPUs"),
        ("research-platform:storage.svms", "the site's ONTAP SVMs, their LIFs and export policies"),
        ("research-platform:entry.address", "the Gateway's address on the site's node network"),
        ("research-platform:identity.directory.network", "the network of the site's Active Directory domain controllers"),
        ("research-platform:postgres.backup.endpoint", "each site backs up to its own ONTAP S3"),
        ("research-platform:postgres.backup.network", "each site backs up to its own ONTAP S3"),
        ("research-platform:postgres.backup.bucket", "each site backs up to its own ONTAP S3"),
        ("research-platform:postgres.backup.accessKeyId", "the site's S3 credentials"),
        ("research-platform:postgres.backup.secretAccessKey", "the site's S3 credentials"),
        ("research-platform:postgres.backup.peer", "the other site, and where this site's store mirrors its backups"),
        ("research-platform:objectStorage.external", "the site's own S3 store, where it is external"),
        ("research-platform:checkmk", "the site's Checkmk server and the collector's address"),
        ("research-platform:replication.vault", "each site keeps its Trident Protect vault in its own ONTAP S3"),
        ("research-platform:replication.peer", "the other site, its vault and its applications' UIDs, which this site mirrors"),
    ];

    /// <summary>Whether <paramref name="path"/> (a stack file's value, list items included) is a site value.</summary>
    public static bool Contains(string path)
    {
        var bare = Index().Replace(path, "");
        return All.Any(s => s.Path.EndsWith(':') ? bare.StartsWith(s.Path, StringComparison.Ordinal) : ConfigPath.IsWithin(bare, s.Path));
    }

    /// <summary>The errors for the values a stack file sets that are the platform layer's.</summary>
    public static IEnumerable<ConfigError> Check(RawStackConfig raw) => raw.SitePaths.Where(p => !Contains(p)).Select(path => new ConfigError(path,
        $"is set in {raw.Source}, but it is a platform value, the same at every site: set it once in the platform layer " +
        $"({raw.Layer}), under every stack file; a stack file holds only site values"));

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
