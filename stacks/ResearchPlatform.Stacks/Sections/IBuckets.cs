using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>
/// A section that keeps files in the platform's object storage: its buckets, written by one identity
/// named after the section's key, which may use those buckets and nothing else.
/// </summary>
public interface IBuckets
{
    /// <summary>The section's buckets in this stack.</summary>
    IEnumerable<S3Bucket> Buckets(StackConfig config);
}
