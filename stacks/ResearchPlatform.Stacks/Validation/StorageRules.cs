using System.Text.RegularExpressions;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>
/// The storage section: unique names, every tier on a declared SVM, one default tier, snapshot
/// reserves and capacities in range, replication only where ONTAP can mirror, and department shares
/// that are unique and tied to an AD group.
/// </summary>
public sealed partial class StorageRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:storage"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var storage = config.Storage;
        var root = ConfigPath.Section("storage");
        var svmPath = ConfigPath.Child(root, "svms");
        var tierPath = ConfigPath.Child(root, "tiers");
        var sharePath = ConfigPath.Child(root, "shares");

        foreach (var error in Names.UniqueLabels(svmPath, "name", storage.Svms.Select(s => s.Name).ToList(), "names"))
        {
            yield return error;
        }

        foreach (var error in Names.UniqueLabels(tierPath, "name", storage.Tiers.Select(t => t.Name).ToList(), "names"))
        {
            yield return error;
        }

        if (storage.Tiers.Count == 0)
        {
            yield return new(tierPath, "must declare at least one tier, such as student and researcher");
        }
        else if (storage.Tiers.Count(t => t.Default) != 1)
        {
            var defaults = storage.Tiers.Where(t => t.Default).Select(t => t.Name).ToList();
            yield return new(tierPath, defaults.Count == 0
                ? "exactly one tier must be the default StorageClass: set 'default: true' on one"
                : $"exactly one tier must be the default StorageClass, but {string.Join(" and ", defaults)} are");
        }

        var svmNames = storage.Svms.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < storage.Tiers.Count; i++)
        {
            var tier = storage.Tiers[i];
            var path = ConfigPath.Item(tierPath, i);
            if (!svmNames.Contains(tier.Svm))
            {
                yield return new(ConfigPath.Child(path, "svm"), svmNames.Count == 0
                    ? $"'{tier.Svm}' is not a declared SVM; add it under {svmPath}"
                    : $"'{tier.Svm}' is not a declared SVM; declared: {string.Join(", ", storage.Svms.Select(s => s.Name))} ({svmPath})");
            }

            if (tier.SnapshotReserve is < 0 or > 90)
            {
                yield return new(ConfigPath.Child(path, "snapshotReserve"), $"must be a percentage from 0 to 90 (got {tier.SnapshotReserve})");
            }

            if (!Octal().IsMatch(tier.UnixPermissions))
            {
                yield return new(ConfigPath.Child(path, "unixPermissions"), $"must be octal mode bits such as 0770 (got '{tier.UnixPermissions}')");
            }

            if (tier.Replicated && tier.Driver != TridentDriver.OntapNas)
            {
                yield return new(ConfigPath.Child(path, "replicated"), $"{Components.Plan.Kebab.Of(tier.Driver)} volumes are qtrees that ONTAP cannot mirror one by one; use driver ontap-nas for a replicated tier");
            }
        }

        foreach (var error in Names.UniqueLabels(sharePath, "name", storage.Shares.Select(s => s.Name).ToList(), "names"))
        {
            yield return error;
        }

        var handles = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < storage.Shares.Count; i++)
        {
            var share = storage.Shares[i];
            var path = ConfigPath.Item(sharePath, i);
            if (!Names.IsDnsName(share.Server.ToLowerInvariant()))
            {
                yield return new(ConfigPath.Child(path, "server"), $"must be the file server's DNS name (got '{share.Server}')");
            }

            if (share.Share.Length == 0 || share.Share.IndexOfAny(['/', '\\']) >= 0)
            {
                yield return new(ConfigPath.Child(path, "share"), $"must be a share name without slashes (got '{share.Share}')");
            }

            if (share.SubDirectory.StartsWith('/') || share.SubDirectory.Contains('\\') || share.SubDirectory.Split('/').Contains(".."))
            {
                yield return new(ConfigPath.Child(path, "subDirectory"), $"must be a relative path inside the share, with '/' between parts (got '{share.SubDirectory}')");
            }

            if (!GroupDn().IsMatch(share.Group))
            {
                yield return new(ConfigPath.Child(path, "group"), $"must be the full DN of an AD group, such as CN=DSP-Chemistry,OU=Groups,DC=uni-example,DC=edu (got '{share.Group}')");
            }

            var quantity = Quantity().Match(share.Capacity);
            if (!quantity.Success || double.Parse(quantity.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture) <= 0)
            {
                yield return new(ConfigPath.Child(path, "capacity"), $"must be a positive Kubernetes quantity such as 500Gi or 2Ti (got '{share.Capacity}')");
            }

            var handle = $"//{share.Server}/{share.Share}/{share.SubDirectory}";
            if (handles.TryGetValue(handle, out var first))
            {
                yield return new(path, $"{handle.TrimEnd('/')} is already mounted by {ConfigPath.Item(sharePath, first)}; a share and sub-directory is mounted once");
            }
            else
            {
                handles[handle] = i;
            }
        }
    }

    [GeneratedRegex("^0?[0-7]{3}\\z")]
    private static partial Regex Octal();

    [GeneratedRegex(@"^CN=[^,=]+(,(OU|CN|DC)=[^,=]+)*,DC=[^,=]+\z", RegexOptions.IgnoreCase)]
    private static partial Regex GroupDn();

    [GeneratedRegex(@"^(?<number>[0-9]+(\.[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?\z")]
    private static partial Regex Quantity();
}
