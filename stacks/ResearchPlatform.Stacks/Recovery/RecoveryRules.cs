using ResearchPlatform.Components.Plan;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Recovery;

/// <summary>The recovery target and the runbook's figures are sane; a duration names a kind of resource the plan has.</summary>
public sealed class RecoveryRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:recovery"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var root = ConfigPath.Section("recovery");
        var r = config.Recovery;
        foreach (var (key, value, max) in new[] { ("targetMinutes", r.TargetMinutes, 10_080), ("fenceMinutes", r.FenceMinutes, 1_440), ("dnsMinutes", r.DnsMinutes, 1_440), ("mirrorIntervalMinutes", r.MirrorIntervalMinutes, 1_440) })
        {
            if (value < 1 || value > max)
            {
                yield return new(ConfigPath.Child(root, key), $"must be 1 to {max} minutes (got {value})");
            }
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
