using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Platform;

namespace ResearchPlatform.Components.Storage;

/// <summary>The storage layer: Trident, its backends and classes, and the department drives, under one parent.</summary>
public static class StorageLayer
{
    /// <summary>The component type of the storage layer, the parent of its parts.</summary>
    public const string Type = "research-platform:storage:Storage";

    /// <summary>
    /// Builds the layer in the platform's namespaces; the backends and classes wait until Trident
    /// accepts them.
    /// </summary>
    public static StorageParts Build(StorageDesign design, PlanResource provider, PlanComponent namespaces, string name = "storage")
    {
        var parent = new PlanComponent(Type, name, []);
        var (trident, ready) = Trident.Build(
            design.Trident,
            new KubernetesWiring(provider) { After = [Namespaces.Of(namespaces, Trident.Namespace), Namespaces.Of(namespaces, design.Trident.SystemNamespace)] },
            parent.Name);
        var afterTrident = new KubernetesWiring(provider) { After = [ready] };
        var drives = DepartmentDrives.Build(
            design.Drives,
            new KubernetesWiring(provider) { After = [Namespaces.Of(namespaces, design.Drives.CredentialsNamespace), Namespaces.Of(namespaces, design.Drives.ClaimNamespace)] },
            parent.Name);
        return new StorageParts(
            parent,
            trident,
            TridentBackends.Build(design.Svms, [.. design.Tiers.Where(t => !design.Inactive.Contains(t.Svm))], afterTrident, parent.Name),
            StorageClasses.Build(design.Tiers, afterTrident, parent.Name),
            drives);
    }
}
