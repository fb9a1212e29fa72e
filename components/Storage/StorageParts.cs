using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Storage;

/// <summary>The storage layer's components, each a handle the components that use storage take.</summary>
public sealed record StorageParts(PlanComponent Parent, PlanComponent Trident, PlanComponent Backends, PlanComponent Classes, PlanComponent Drives)
{
    /// <summary>Every component, parent first, in render order.</summary>
    public IReadOnlyList<PlanComponent> All => [Parent, Trident, Backends, Classes, Drives];
}
