using k8s.Models;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Requests and limits as chart values take them: every platform container has both.</summary>
public static class ContainerResources
{
    public static MapValue Of(string cpu, string memory, string cpuLimit, string memoryLimit) =>
        Map(("requests", Map(("cpu", cpu), ("memory", memory))), ("limits", Map(("cpu", cpuLimit), ("memory", memoryLimit))));

    /// <summary>The same as a typed model, for the containers the plan builds itself.</summary>
    public static V1ResourceRequirements Requirements(string cpu, string memory, string cpuLimit, string memoryLimit) => new()
    {
        Requests = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpu), ["memory"] = new(memory) },
        Limits = new Dictionary<string, ResourceQuantity> { ["cpu"] = new(cpuLimit), ["memory"] = new(memoryLimit) },
    };
}
