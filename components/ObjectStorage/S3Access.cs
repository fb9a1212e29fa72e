namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>What an identity may do in a bucket.</summary>
public enum S3Access
{
    /// <summary>List and get objects.</summary>
    Read,

    /// <summary>List, get, put, tag and delete objects.</summary>
    Write,
}
