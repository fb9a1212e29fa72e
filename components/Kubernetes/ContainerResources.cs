using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Kubernetes;

/// <summary>Requests and limits as chart values take them: every platform container has both.</summary>
public static class ContainerResources
{
    public static MapValue Of(string cpu, string memory, string cpuLimit, string memoryLimit) =>
        Map(("requests", Map(("cpu", cpu), ("memory", memory))), ("limits", Map(("cpu", cpuLimit), ("memory", memoryLimit))));
}
