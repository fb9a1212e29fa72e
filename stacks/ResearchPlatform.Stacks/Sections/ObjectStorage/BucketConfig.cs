namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary><c>research-platform:objectStorage.buckets[]</c>: a bucket people use from notebooks.</summary>
public sealed record BucketConfig
{
    /// <summary>The bucket name: 3 to 63 lower-case letters, digits, '.' and '-'.</summary>
    public required string Name { get; init; }

    /// <summary>What it holds, for the render summary. Default: the name.</summary>
    public string? Purpose { get; init; }

    /// <summary>What researchers' notebooks may do in it. Default: <c>write</c>.</summary>
    public BucketAccess Researchers { get; init; } = BucketAccess.Write;

    /// <summary>What students' notebooks may do in it. Default: <c>read</c>.</summary>
    public BucketAccess Students { get; init; } = BucketAccess.Read;

    /// <summary>Keep every version of every object, so an overwrite or delete can be undone. Default: false.</summary>
    public bool Versioning { get; init; }
}
