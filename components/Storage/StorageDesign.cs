
namespace ResearchPlatform.Components.Storage;

/// <summary>What the storage section asks for, before it is wired to a cluster.</summary>
public sealed record StorageDesign
{
    public required TridentArgs Trident { get; init; }

    public required IReadOnlyList<OntapSvm> Svms { get; init; }

    public required IReadOnlyList<StorageTier> Tiers { get; init; }

    public required DepartmentDrivesArgs Drives { get; init; }

    /// <summary>
    /// The <c>svms[].name</c> that get no Trident backend here: an SVM-DR destination at a standby
    /// site is stopped until the storage admins activate it, and a backend on it would be offline.
    /// Default: none.
    /// </summary>
    public IReadOnlySet<string> Inactive { get; init; } = new HashSet<string>();
}
