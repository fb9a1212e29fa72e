using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Every container the plan creates asks for CPU and memory and is limited in both.</summary>
public sealed class ResourcesRule : IPolicyRule
{
    public string Id => "resources";

    public string Description => "every container has CPU and memory requests and limits";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var o in objects)
        {
            foreach (var container in PodTree.PodSpec(o) is { } pod ? PodTree.Containers(pod) : [])
            {
                var resources = PodTree.Map(container, "resources");
                var missing = new[] { "requests", "limits" }
                    .SelectMany(kind => new[] { "cpu", "memory" }.Where(r => PodTree.Map(resources, kind)?.ContainsKey(r) != true).Select(r => $"{kind}.{r}"))
                    .ToList();
                if (missing.Count > 0)
                {
                    yield return new(Id, o.Where, o.Label, $"container {container.GetValueOrDefault("name")} has no {string.Join(", ", missing)}");
                }
            }
        }
    }
}
