using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Composition;

/// <summary>The storage section as components: Trident, its backends and classes, and the department drives.</summary>
public static class StorageComposition
{
    /// <summary>The component type of the storage layer, the parent of its parts.</summary>
    public const string Type = "research-platform:storage:Storage";

    public static IReadOnlyList<PlanComponent> Build(StackConfig config, string provider)
    {
        var storage = config.Storage;
        var parent = new PlanComponent(Type, "storage", []);
        var (trident, ready) = Trident.Build(
            new TridentArgs
            {
                Provider = provider,
                SystemNamespace = PlatformNamespaces.System,
                KubectlImage = $"registry.k8s.io/kubectl:v{config.Cluster.KubernetesVersion}",
                After = [PlatformNamespaces.Resource(Trident.Namespace), PlatformNamespaces.Resource(PlatformNamespaces.System)],
            },
            parent.Name);
        var tiers = storage.Tiers.Select(Tier).ToList();
        var svms = storage.Svms.Select(s => new OntapSvm(s.Name, s.Svm, s.ManagementLif.ToString(), s.DataLif.ToString(), s.Username, new ConfigSecretReference(s.Password.KeyPath))).ToList();
        var drives = DepartmentDrives.Build(
            new DepartmentDrivesArgs
            {
                Shares = Shares(config),
                Provider = provider,
                CredentialsNamespace = PlatformNamespaces.System,
                ClaimNamespace = PlatformNamespaces.Notebooks,
                After = [PlatformNamespaces.Resource(PlatformNamespaces.System), PlatformNamespaces.Resource(PlatformNamespaces.Notebooks)],
            },
            parent.Name);
        return
        [
            parent,
            trident,
            TridentBackends.Build(svms, tiers, provider, ready.Name, parent.Name),
            StorageClasses.Build(tiers, provider, ready.Name, parent.Name),
            drives,
        ];
    }

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

    private static StorageTier Tier(StorageTierConfig t) => new()
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
