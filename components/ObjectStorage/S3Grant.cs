namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>An identity's access to one bucket.</summary>
public sealed record S3Grant(string Bucket, S3Access Access);
