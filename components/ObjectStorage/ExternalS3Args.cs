namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>The site's S3 store outside the cluster (NetApp ONTAP S3): its buckets and users exist there already.</summary>
public sealed record ExternalS3Args
{
    /// <summary>The endpoint, an https URL.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The endpoint's network (CIDR), which clients are let out to.</summary>
    public required string Network { get; init; }

    /// <summary>The CA (PEM) that signed the endpoint's certificate.</summary>
    public required string CaCertificate { get; init; }
}
