using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections;

/// <summary>
/// A section that keeps files in the platform's object storage: its buckets, written by one identity
/// named after the section's key, which may use those buckets, read the ones it names, and nothing else.
/// </summary>
public interface IBuckets
{
    /// <summary>The section's own buckets in this stack, which its identity writes.</summary>
    IEnumerable<S3Bucket> Buckets(StackConfig config);

    /// <summary>Buckets declared elsewhere (<c>objectStorage.buckets</c>) that the section's identity only reads.</summary>
    IEnumerable<string> ReadsBuckets(StackConfig config) => [];
}
