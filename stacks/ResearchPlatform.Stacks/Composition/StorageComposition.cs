using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>The storage section as the storage layer's design: Trident, its backends and classes, and the department drives.</summary>
public static class StorageComposition
{
    /// <summary>What the storage section of a validated stack asks for.</summary>
    public static StorageDesign Design(StackConfig config) => new()
    {
        Trident = new TridentArgs
        {
            SystemNamespace = PlatformNamespaces.System,
            KubectlImage = Components.Kubernetes.PlatformImages.Kubectl,
        },
        Svms = config.Storage.Svms.Select(s => new OntapSvm(s.Name, s.Svm, s.ManagementLif.ToString(), s.DataLif.ToString(), s.Username, new ConfigSecretReference(s.Password.KeyPath))).ToList(),
        Tiers = config.Storage.Tiers.Select(Tier).ToList(),
        Drives = new DepartmentDrivesArgs
        {
            Shares = Shares(config),
            CredentialsNamespace = PlatformNamespaces.System,
            ClaimNamespace = PlatformNamespaces.Notebooks,
        },

        // A standby's SVM-DR destination stays stopped until the runbook activates it.
        Inactive = config.Site.Role == SiteRole.Standby ? Recovery.SvmDrHomes.Svms(config) : new HashSet<string>(),
    };

    /// <summary>The department shares of the config, as the drives component takes them.</summary>
    public static IReadOnlyList<DepartmentShare> Shares(StackConfig config) => config.Storage.Shares.Select(s => new DepartmentShare
    {
        Name = s.Name,
        Server = s.Server,
        Share = s.Share,
        SubDirectory = s.SubDirectory,
        Group = s.Group,
        ReadOnly = s.ReadOnly,
        Capacity = s.Capacity,
        Username = s.Username,
        Domain = s.Domain,
        Password = new ConfigSecretReference(s.Password.KeyPath),
    }).ToList();

    /// <summary>A storage tier of the config, as the storage components take it.</summary>
    public static StorageTier Tier(StorageTierConfig t) => new()
    {
        Name = t.Name,
        Svm = t.Svm,
        Driver = t.Driver,
        QosPolicy = t.QosPolicy,
        SnapshotPolicy = t.SnapshotPolicy,
        SnapshotReserve = t.SnapshotReserve,
        ExportPolicy = t.ExportPolicy,
        Encryption = t.Encryption,
        UnixPermissions = t.UnixPermissions,
        ReclaimPolicy = t.ReclaimPolicy,
        AllowVolumeExpansion = t.AllowVolumeExpansion,
        IsDefault = t.Default,
        Replicated = t.Replicated,
    };
}
