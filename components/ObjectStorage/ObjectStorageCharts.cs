using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>What the in-cluster object storage installs, pinned to an exact version.</summary>
public static class ObjectStorageCharts
{
    /// <summary>The SeaweedFS chart 4.44.0 (SeaweedFS 4.44): master, volume, filer and S3 servers.</summary>
    public static readonly HelmChart SeaweedFs = new("https://seaweedfs.github.io/seaweedfs/helm", "seaweedfs", "4.44.0");
}
