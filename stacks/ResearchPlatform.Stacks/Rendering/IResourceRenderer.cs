using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>Renders the files a reviewer or a GitOps tool reads for one resource kind.</summary>
public interface IResourceRenderer
{
    /// <summary>The kind this renderer handles.</summary>
    ResourceKind Kind { get; }

    /// <summary>The resource's files besides its descriptor.</summary>
    IEnumerable<ResourceArtifact> Artifacts(PlanResource resource);
}
