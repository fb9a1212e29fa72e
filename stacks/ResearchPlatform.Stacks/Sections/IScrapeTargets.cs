using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>
/// A section whose components expose Prometheus metrics. With monitoring on, each target gets its
/// monitor and the target's namespace lets Prometheus in on its port; with monitoring off, nothing.
/// </summary>
public interface IScrapeTargets
{
    /// <summary>The section's metrics endpoints in this stack (none while the section is off).</summary>
    IEnumerable<ScrapeTarget> ScrapeTargets(StackConfig config);
}
