namespace ResearchPlatform.Components.Storage;

/// <summary>Inputs of <see cref="DepartmentDrives"/>.</summary>
public sealed record DepartmentDrivesArgs
{
    public required IReadOnlyList<DepartmentShare> Shares { get; init; }

    /// <summary>Where the mount credentials live: a namespace users have no access to.</summary>
    public required string CredentialsNamespace { get; init; }

    /// <summary>Where the claims live: the namespace of the notebook pods.</summary>
    public required string ClaimNamespace { get; init; }

    /// <summary>The user and group the notebooks run as, who own the mounted files.</summary>
    public int Uid { get; init; } = 1000;

    public int Gid { get; init; } = 100;

    /// <summary>The csi-driver-smb chart. Default: <see cref="StorageCharts.CsiDriverSmb"/>.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = StorageCharts.CsiDriverSmb;
}
