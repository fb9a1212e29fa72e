namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary>Where the platform's S3 store runs.</summary>
public enum ObjectStorageServer
{
    /// <summary>SeaweedFS in the cluster, on a replicated storage tier.</summary>
    InCluster,

    /// <summary>The site's S3 store outside the cluster (NetApp ONTAP S3), whose buckets and users its administrators create.</summary>
    External,
}
