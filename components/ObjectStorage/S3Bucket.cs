namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>A bucket of the platform's object storage.</summary>
/// <param name="Name">The bucket name.</param>
/// <param name="Purpose">Why it exists, for the render summary (<c>research data</c>, <c>CKAN uploads</c>).</param>
public sealed record S3Bucket(string Name, string Purpose)
{
    /// <summary>Keep every version of every object, so an overwrite or delete can be undone.</summary>
    public bool Versioning { get; init; }
}
