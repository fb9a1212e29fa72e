namespace ResearchPlatform.Components.Storage;

/// <summary>A service level: a Trident virtual pool (labelled <c>tier=&lt;name&gt;</c>) and its StorageClass.</summary>
public sealed record StorageTier
{
    public required string Name { get; init; }

    /// <summary>The <see cref="OntapSvm.Name"/> the tier lives on.</summary>
    public required string Svm { get; init; }

    public required TridentDriver Driver { get; init; }

    public string? QosPolicy { get; init; }

    public required string SnapshotPolicy { get; init; }

    public required int SnapshotReserve { get; init; }

    public required string ExportPolicy { get; init; }

    public required bool Encryption { get; init; }

    public required string UnixPermissions { get; init; }

    public required ReclaimPolicy ReclaimPolicy { get; init; }

    public required bool AllowVolumeExpansion { get; init; }

    public required bool IsDefault { get; init; }

    /// <summary>SnapMirror-ready volumes, for the DR site.</summary>
    public required bool Replicated { get; init; }
}
