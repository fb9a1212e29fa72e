using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>A rule over the bound config, often across sections. Reports every violation, never throws.</summary>
public interface IConfigRule
{
    /// <summary>
    /// The config paths the rule reads. Where any of them failed to bind, the rule is skipped:
    /// it would judge placeholders, and the binding error already says what to fix.
    /// </summary>
    IReadOnlyList<string> Reads { get; }

    /// <summary>The violations in <paramref name="config"/>, each at its key path.</summary>
    IEnumerable<ConfigError> Check(StackConfig config);
}
