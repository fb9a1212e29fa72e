using Pulumi;
using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Infra;

/// <summary>A plan resource as created in Pulumi: the resource, its options, and its declared outputs.</summary>
/// <param name="Plan">The plan resource it realizes.</param>
/// <param name="Resource">The Pulumi resource.</param>
/// <param name="Options">The options it was created with (kept so tests can check the mapping).</param>
/// <param name="Outputs">Each output the plan kind declares, by name.</param>
public sealed record RealizedResource(
    PlanResource Plan,
    Resource Resource,
    ResourceOptions Options,
    IReadOnlyDictionary<string, Output<string>> Outputs)
{
    /// <summary>The resources it was made to wait for (also in <see cref="Options"/>).</summary>
    public IReadOnlyList<Resource> DependsOn { get; init; } = [];
}
