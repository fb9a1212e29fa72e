using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>A rule over the bound config, often across sections. Reports every violation, never throws.</summary>
public interface IConfigRule
{
    /// <summary>The violations in <paramref name="config"/>, each at its key path.</summary>
    IEnumerable<ConfigError> Check(StackConfig config);
}
