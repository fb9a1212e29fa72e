namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary><c>research-platform:objectStorage</c>: the platform's S3 object storage.</summary>
public sealed record ObjectStorageConfig
{
    /// <summary><c>in-cluster</c> (SeaweedFS) or <c>external</c> (the site's ONTAP S3). Default: <c>in-cluster</c>.</summary>
    public ObjectStorageServer Server { get; init; } = ObjectStorageServer.InCluster;

    /// <summary>The storage tier of the in-cluster servers' volumes: a replicated one.</summary>
    public string? StorageTier { get; init; }

    /// <summary>How many volume servers hold the data in the cluster (each object is on two). Default: 3.</summary>
    public int VolumeServers { get; init; } = 3;

    /// <summary>Each volume server's volume. Default: 500Gi.</summary>
    public string VolumeSize { get; init; } = "500Gi";

    /// <summary>The buckets people use from notebooks (research data, models); tools declare their own.</summary>
    public IReadOnlyList<BucketConfig> Buckets { get; init; } = [];

    /// <summary>The site's store, for <c>server: external</c>.</summary>
    public ExternalS3Config? External { get; init; }
}
