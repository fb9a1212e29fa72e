using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>
/// A tool or service of the platform, under <c>research-platform:&lt;key&gt;</c>. Everything it is
/// lives in its folder: its config records (and the <see cref="StackConfig"/> property they bind to),
/// its rules, its namespaces and network allowances, its composition and its README; one line in
/// <see cref="PlatformSections.All"/> registers it.
/// </summary>
public interface IPlatformSection
{
    /// <summary>The config key under <c>research-platform:</c> (<c>jupyterhub</c>).</summary>
    string Key { get; }

    /// <summary>The section's rules, run with every other rule.</summary>
    IReadOnlyList<IConfigRule> Rules { get; }

    /// <summary>The namespaces the section runs in, with what each may reach; none when it is off.</summary>
    IEnumerable<PlatformNamespace> Namespaces(StackConfig config);

    /// <summary>
    /// Whether the section runs at a standby site. A standby runs the base layer and receives
    /// replicas; a section that writes the database or claims mirrored from the other site would
    /// find them read-only there, or create empty what promotion brings back, so it waits for the
    /// site to recover.
    /// </summary>
    bool RunsAtStandby(StackConfig config);

    /// <summary>What the section asks for in this stack, before it is wired; null when it is off.</summary>
    SectionDesign? Design(StackConfig config);

    /// <summary>The section's components, wired to the handles of the platform below it.</summary>
    SectionParts Compose(SectionDesign design, PlatformHandles platform);

    /// <summary>The stack outputs the section adds (its URL, say).</summary>
    IEnumerable<StackOutput> Outputs(SectionDesign design);
}
