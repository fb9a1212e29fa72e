namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:storage</c>: the site's NetApp storage through Trident, and department SMB shares.</summary>
public sealed record StorageConfig
{
    /// <summary>The ONTAP storage VMs Trident provisions on.</summary>
    public required IReadOnlyList<StorageSvmConfig> Svms { get; init; }

    /// <summary>The service levels, each a StorageClass (<c>student</c>, <c>researcher</c>).</summary>
    public required IReadOnlyList<StorageTierConfig> Tiers { get; init; }

    /// <summary>Department network drives mounted into notebooks. Default: none.</summary>
    public IReadOnlyList<DepartmentShareConfig> Shares { get; init; } = [];
}
