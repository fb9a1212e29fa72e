namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>A user of the object storage (a tool, or the notebooks of one tier) and the buckets it may use.</summary>
/// <param name="Name">The identity name (<c>notebooks-student</c>, <c>ckan</c>).</param>
/// <param name="Grants">Its access, bucket by bucket; it has none elsewhere.</param>
public sealed record S3Identity(string Name, IReadOnlyList<S3Grant> Grants)
{
    /// <summary>
    /// The key pair the site's external S3 issued to this identity (config secrets); null in the
    /// cluster, where the plan generates one.
    /// </summary>
    public S3KeyPair? Keys { get; init; }
}
