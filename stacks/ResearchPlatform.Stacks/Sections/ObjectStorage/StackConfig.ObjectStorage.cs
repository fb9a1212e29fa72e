using ResearchPlatform.Stacks.Sections.ObjectStorage;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The objectStorage section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:objectStorage</c>: the platform's S3 object storage.</summary>
    public required ObjectStorageConfig ObjectStorage { get; init; }
}
