using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Infra.Mappers;

/// <summary>Creates the typed Pulumi resource for one plan resource kind. Decides nothing: maps.</summary>
public interface IResourceMapper
{
    ResourceKind Kind { get; }

    RealizedResource Create(MappingInput input, ValueRealizer values);
}
