using ResearchPlatform.Stacks.Sections.ModelServing;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The modelServing section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:modelServing</c>: the REST endpoint of trained models; off when absent.</summary>
    public ModelServingConfig? ModelServing { get; init; }
}
