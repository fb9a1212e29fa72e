using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>A VM's cloud-init documents, as the node will read them (references shown by name).</summary>
public sealed class VirtualMachineRenderer : IResourceRenderer
{
    public ResourceKind Kind => ResourceKind.VirtualMachine;

    public IEnumerable<ResourceArtifact> Artifacts(PlanResource resource)
    {
        var spec = (VirtualMachineSpec)resource.Spec;
        yield return new("userData", "user-data.yaml", System.Text.Encoding.UTF8.GetBytes(PlanValueResolver.Symbolic.ResolveText(spec.UserData)));
        yield return new("metaData", "meta-data.yaml", System.Text.Encoding.UTF8.GetBytes(PlanValueResolver.Symbolic.ResolveText(spec.MetaData)));
    }
}
