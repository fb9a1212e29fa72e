using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>A section whose arguments are a <typeparamref name="TArgs"/>: the typed side of <see cref="IPlatformSection"/>.</summary>
public abstract class PlatformSection<TArgs> : IPlatformSection
    where TArgs : class
{
    public abstract string Key { get; }

    public abstract IReadOnlyList<IConfigRule> Rules { get; }

    public abstract IEnumerable<PlatformNamespace> Namespaces(StackConfig config);

    /// <summary>Default: it does, being part of the base layer.</summary>
    public virtual bool RunsAtStandby(StackConfig config) => true;

    public SectionDesign? Design(StackConfig config) => Args(config) is { } args ? new SectionDesign(this, args) : null;

    public SectionParts Compose(SectionDesign design, PlatformHandles platform) => Compose((TArgs)design.Args, platform);

    public IEnumerable<StackOutput> Outputs(SectionDesign design) => Outputs((TArgs)design.Args);

    /// <summary>The stack outputs the section adds. Default: none.</summary>
    public virtual IEnumerable<StackOutput> Outputs(TArgs args) => [];

    /// <summary>The section's arguments in this stack, or null when it is off.</summary>
    public abstract TArgs? Args(StackConfig config);

    /// <summary>The section's components from its arguments.</summary>
    public abstract SectionParts Compose(TArgs args, PlatformHandles platform);
}
