using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Storage;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// Tiered storage: NetApp Trident with a backend per SVM and driver, a StorageClass per tier, and
/// the department SMB drives, each a child component.
/// </summary>
public sealed class Storage : PlatformComponentResource
{
    public Storage(string name, StorageArgs args, ComponentResourceOptions? options = null)
        : base(StorageLayer.Type, name, options)
    {
        Parts = StorageLayer.Build(args.Design, args.Cluster.ProviderPlan, args.Namespaces.Part!, name);
        var context = args.Cluster.Context;
        Realize(Parts.Parent, context);
        Trident = new Trident(Parts.Trident, context, Child(), args.Cluster, args.Namespaces);
        Backends = new TridentBackends(Parts.Backends, context, Child(), args.Cluster, Trident);
        Classes = new StorageClasses(Parts.Classes, args.Design.Tiers, context, Child(), args.Cluster, Trident);
        Drives = new DepartmentDrives(Parts.Drives, context, Child(), args.Cluster, args.Namespaces);
        StorageClassNames = Classes.ClassNames;
        RegisterOutputs();
    }

    /// <summary>The StorageClass of each tier, by tier name.</summary>
    [Output("storageClassNames")]
    public Output<ImmutableDictionary<string, string>> StorageClassNames { get; }

    public Trident Trident { get; }

    public TridentBackends Backends { get; }

    public StorageClasses Classes { get; }

    public DepartmentDrives Drives { get; }

    internal StorageParts Parts { get; }
}
