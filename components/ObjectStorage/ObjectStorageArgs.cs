namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>Inputs of <see cref="ObjectStorage"/>.</summary>
public sealed record ObjectStorageArgs
{
    /// <summary>The buckets: the ones declared in config and those the tools ask for.</summary>
    public required IReadOnlyList<S3Bucket> Buckets { get; init; }

    /// <summary>Who uses the store, each with its own key pair and only its grants.</summary>
    public required IReadOnlyList<S3Identity> Identities { get; init; }

    /// <summary>The site's S3 store to use instead of SeaweedFS in the cluster; null runs SeaweedFS.</summary>
    public ExternalS3Args? External { get; init; }

    /// <summary>The StorageClass of the in-cluster servers' volumes: a replicated tier.</summary>
    public string? StorageClass { get; init; }

    /// <summary>How many volume servers hold the data; every object is on two of them.</summary>
    public int VolumeServers { get; init; } = 3;

    /// <summary>Each volume server's volume.</summary>
    public string VolumeSize { get; init; } = "500Gi";

    /// <summary>The cert-manager ClusterIssuer that signs the S3 server's certificate (the university CA).</summary>
    public required string Issuer { get; init; }

    /// <summary>The root CA (PEM) clients verify the in-cluster S3 server with.</summary>
    public required string RootCertificate { get; init; }

    public string Namespace { get; init; } = ObjectStorage.Namespace;

    /// <summary>The SeaweedFS chart. Default: <see cref="ObjectStorageCharts.SeaweedFs"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = ObjectStorageCharts.SeaweedFs;
}
