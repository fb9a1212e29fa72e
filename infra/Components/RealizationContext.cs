using ResearchPlatform.Components.Plan;
using ResearchPlatform.Infra.Mappers;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// What realizing plan parts takes: one mapper per resource kind, the vCenter inventory and the
/// secret config. Components built together share one, so each vCenter object is looked up once.
/// </summary>
public sealed class RealizationContext
{
    private readonly Dictionary<ResourceKind, IResourceMapper> mappers;

    public RealizationContext()
    {
        Inventory = new VsphereInventory();
        Secrets = new SecretConfigResolver();
        mappers = ResourceMappers.All(Inventory).ToDictionary(m => m.Kind);
    }

    public VsphereInventory Inventory { get; }

    public SecretConfigResolver Secrets { get; }

    /// <summary>The mapper of <paramref name="kind"/>.</summary>
    public IResourceMapper Mapper(ResourceKind kind) => mappers[kind];
}
