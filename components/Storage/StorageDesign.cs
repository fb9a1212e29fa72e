
namespace ResearchPlatform.Components.Storage;

/// <summary>What the storage section asks for, before it is wired to a cluster.</summary>
public sealed record StorageDesign
{
    public required TridentArgs Trident { get; init; }

    public required IReadOnlyList<OntapSvm> Svms { get; init; }

    public required IReadOnlyList<StorageTier> Tiers { get; init; }

    public required DepartmentDrivesArgs Drives { get; init; }
}
