namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// Everything under the <c>research-platform:</c> namespace of a stack file, one record per section:
/// the base platform's here, each tool's in its own folder under <c>Sections/</c> (a partial of this record).
/// </summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:site</c>: the data center and its network.</summary>
    public required SiteConfig Site { get; init; }

    /// <summary><c>research-platform:vsphere</c>: where in vCenter the VMs go.</summary>
    public required VsphereConfig Vsphere { get; init; }

    /// <summary><c>research-platform:cluster</c>: the Kubernetes cluster and its nodes.</summary>
    public required ClusterConfig Cluster { get; init; }

    /// <summary><c>research-platform:storage</c>: Trident tiers and department drives.</summary>
    public required StorageConfig Storage { get; init; }
}
