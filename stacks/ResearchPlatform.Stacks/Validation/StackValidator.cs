using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>Runs every config rule and collects the violations.</summary>
public static class StackValidator
{
    /// <summary>The rules, in the order their errors are reported.</summary>
    public static IReadOnlyList<IConfigRule> Rules { get; } =
    [
        new NamingRules(),
        new ClusterShapeRules(),
        new AddressRules(),
        new StorageRules(),
        new GpuRules(),
        new Recovery.RecoveryRules(),
        new Recovery.SvmDrRules(),
        .. Sections.PlatformSections.All.SelectMany(section => section.Rules),
    ];

    /// <summary>Every violation of every rule.</summary>
    public static IReadOnlyList<ConfigError> Check(StackConfig config, IReadOnlyList<IConfigRule> rules) =>
        rules.SelectMany(r => r.Check(config)).ToList();
}
