using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Recovery;

/// <summary>The recovery target and the runbook's figures are sane; a duration names a kind of resource the plan has.</summary>
public sealed class RecoveryRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:recovery", "research-platform:site"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var root = ConfigPath.Section("recovery");
        var r = config.Recovery;
        foreach (var (key, value, max) in new[] { ("targetMinutes", r.TargetMinutes, 10_080), ("fenceMinutes", r.FenceMinutes, 1_440), ("dnsMinutes", r.DnsMinutes, 1_440), ("mirrorIntervalMinutes", r.MirrorIntervalMinutes, 1_440), ("databaseRpoMinutes", r.DatabaseRpoMinutes, 10_080), ("volumeRpoMinutes", r.VolumeRpoMinutes, 10_080), ("svmDrIntervalMinutes", r.SvmDrIntervalMinutes, 1_440) })
        {
            if (value < 1 || value > max)
            {
                yield return new(ConfigPath.Child(root, key), $"must be 1 to {max} minutes (got {value})");
            }
        }

        // A standby that replicates too seldom would lose more than the platform promises.
        if (config.Site.Role == SiteRole.Standby && r.MirrorIntervalMinutes is >= 1 and <= 1_440 && r.DatabaseRpo > r.DatabaseRpoMinutes)
        {
            yield return new(ConfigPath.Child(root, "mirrorIntervalMinutes"),
                $"{r.MirrorIntervalMinutes} min of mirroring plus the {RecoveryConfig.ArchiveTimeoutMinutes} min WAL archive timeout exceed the stated database RPO of {r.DatabaseRpoMinutes} min (databaseRpoMinutes): mirror the backup bucket more often, or state the RPO the sites can keep");
        }

        foreach (var (kind, seconds) in r.Durations.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var path = ConfigPath.Child(ConfigPath.Child(root, "durations"), kind);
            if (!Enum.TryParse<ResourceKind>(kind, ignoreCase: false, out _) || int.TryParse(kind, out _))
            {
                yield return new(path, $"is not a kind of resource; known: {string.Join(", ", Enum.GetNames<ResourceKind>())}");
            }
            else if (seconds < 0 || seconds > 86_400)
            {
                yield return new(path, $"must be 0 to 86400 seconds (got {seconds})");
            }
        }
    }
}
