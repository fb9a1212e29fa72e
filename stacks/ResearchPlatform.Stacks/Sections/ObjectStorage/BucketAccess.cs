namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary>What a tier's notebooks may do in a bucket.</summary>
public enum BucketAccess
{
    /// <summary>Nothing: the bucket is not theirs.</summary>
    None,

    /// <summary>List and download.</summary>
    Read,

    /// <summary>List, download, upload and delete.</summary>
    Write,
}
