namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// The sites of one platform know each other from their stack files: every stack file beside this
/// one on the same platform layer is a peer. Only one of them may be primary.
/// </summary>
public static class SitePeers
{
    private static readonly string RolePath = ConfigPath.Child(ConfigPath.Section("site"), "role");

    /// <summary>The peers of <paramref name="raw"/> in <paramref name="directory"/>; none without a platform layer.</summary>
    public static IReadOnlyList<SitePeer> Of(string directory, RawStackConfig raw)
    {
        if (raw.Layer is null)
        {
            return [];
        }

        var peers = new List<SitePeer>();
        foreach (var path in Directory.EnumerateFiles(directory, "Pulumi.*.yaml").Order(StringComparer.Ordinal))
        {
            var stack = Path.GetFileName(path)["Pulumi.".Length..^".yaml".Length];
            if (stack == raw.Stack)
            {
                continue;
            }

            // A peer that does not read is reported when that stack is loaded, not here.
            RawStackConfig other;
            try
            {
                other = StackConfigFile.Load(directory, stack);
            }
            catch (ConfigException)
            {
                continue;
            }

            if (other.Layer == raw.Layer)
            {
                peers.Add(new SitePeer(stack, other.Source, RoleOf(other)) { Site = Scalar(other, "site", "name"), Vault = Vault(other, "vault"), Svms = Svms(other) });
            }
        }

        return peers;
    }

    /// <summary>The role a stack states, <c>primary</c> where it states none or one this tool does not know.</summary>
    public static SiteRole RoleOf(RawStackConfig raw) =>
        (raw[ConfigPath.Section("site")] as ConfigMapping)?.Entries.FirstOrDefault(e => e.Key == "role").Value is ConfigScalar { Value: { } text }
        && Enum.TryParse<SiteRole>(text, ignoreCase: true, out var role)
            ? role
            : SiteRole.Primary;

    private static readonly string[] VaultKeys = ["endpoint", "network", "bucket"];

    /// <summary>The text at <paramref name="keys"/> under <c>research-platform:&lt;section&gt;</c>, or null.</summary>
    private static string? Scalar(RawStackConfig raw, string section, params string[] keys)
    {
        var node = raw[ConfigPath.Section(section)];
        foreach (var key in keys)
        {
            node = (node as ConfigMapping)?.Entries.FirstOrDefault(e => e.Key == key).Value;
        }

        return node is ConfigScalar { Value: { } text } ? text : null;
    }

    /// <summary>The plain values of the replication vault under <paramref name="path"/> (<c>vault</c>, <c>peer.vault</c>).</summary>
    private static Dictionary<string, string> Vault(RawStackConfig raw, params string[] path) => VaultKeys
        .Select(key => (key, value: Scalar(raw, "replication", [.. path, key])))
        .Where(v => v.value is not null)
        .ToDictionary(v => v.key, v => v.value!, StringComparer.Ordinal);

    /// <summary>The ONTAP names of the SVMs <paramref name="raw"/> declares, in order (null where one names none).</summary>
    private static List<string?> SvmNames(RawStackConfig raw) =>
        ((raw[ConfigPath.Section("storage")] as ConfigMapping)?.Entries.FirstOrDefault(e => e.Key == "svms").Value as ConfigSequence)?.Items
            .Select(item => (item as ConfigMapping)?.Entries.FirstOrDefault(e => e.Key == "svm").Value is ConfigScalar { Value: { } name } ? name : null)
            .ToList() ?? [];

    private static List<string> Svms(RawStackConfig raw) => [.. SvmNames(raw).OfType<string>()];

    /// <summary>The errors of <paramref name="raw"/>'s role against its peers'.</summary>
    /// <remarks>
    /// Only where the stack files are read (the offline tools, and CI's validate before every preview):
    /// Pulumi's config API hands the program one stack's merged values, not its peers' files.
    /// </remarks>
    public static IEnumerable<ConfigError> Check(RawStackConfig raw)
    {
        if (raw.Layer is null)
        {
            yield break;
        }

        var role = RoleOf(raw);
        var primary = raw.Peers.FirstOrDefault(p => p.Role == SiteRole.Primary);
        if (role == SiteRole.Primary && primary is not null)
        {
            yield return new(RolePath, $"{raw.Stack} is primary, and so is {primary.Stack} ({primary.Source}): one site serves the users and is the source of every replica; make one of them standby, or recovering once the other is fenced");
        }

        if (role != SiteRole.Primary && raw.Peers.Count == 0)
        {
            yield return new(RolePath, $"{raw.Stack} is {role.ToString().ToLowerInvariant()}, but no other site builds on the same platform layer ({raw.Layer}): a {role.ToString().ToLowerInvariant()} site needs a primary's data to replicate or recover from");
        }

        // SnapMirror between peered SVMs, which the volume mirrors ride on, needs a name unique to each.
        if (raw[ConfigPath.Section("replication")] is not null)
        {
            var names = SvmNames(raw);
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] is { } name && raw.Peers.FirstOrDefault(p => p.Svms.Contains(name)) is { } same)
                {
                    yield return new($"research-platform:storage.svms[{i}].svm", $"'{name}' is also an SVM of {same.Site ?? same.Stack} ({same.Source}): the volume mirrors run over SnapMirror between peered SVMs, which needs a name unique to each site; give this site's SVM its own name");
                }
            }
        }

        // The mirror reads the vault its source writes: the two files must say the same of it.
        var mirrored = Scalar(raw, "replication", "peer", "site");
        if (raw.Peers.FirstOrDefault(p => p.Site is not null && p.Site == mirrored) is { } source)
        {
            var stated = Vault(raw, "peer", "vault");
            foreach (var key in VaultKeys.Where(k => stated.ContainsKey(k) && source.Vault.TryGetValue(k, out var own) && own != stated[k]))
            {
                yield return new($"research-platform:replication.peer.vault.{key}", $"'{stated[key]}' is not what {source.Site}'s own vault says ('{source.Vault[key]}' at research-platform:replication.vault.{key} in {source.Source}): this site reads the vault {source.Site} writes, so give the same");
            }
        }
    }
}
