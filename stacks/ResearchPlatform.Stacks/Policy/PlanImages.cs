using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>
/// Every image the plan names itself: containers of its manifest objects, and the image keys of the
/// Helm values it writes (an <c>image</c> text, or a map of name or repository and tag). Images a
/// chart brings by default are pinned by the chart's exact version, not seen here.
/// </summary>
public static class PlanImages
{
    /// <summary>Each image with where it is named.</summary>
    public static IEnumerable<(string Where, string Object, string Image)> Of(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var o in objects)
        {
            foreach (var container in PodTree.PodSpec(o) is { } pod ? PodTree.Containers(pod) : [])
            {
                if (container.GetValueOrDefault("image") is string image)
                {
                    yield return (o.Where, o.Label, image);
                }
            }
        }

        foreach (var (where, path, map) in HelmValueMaps.Of(plan))
        {
            if (map.GetValueOrDefault("image") is string image && image.Contains('/', StringComparison.Ordinal))
            {
                yield return (where, $"values {path}.image", image);
            }

            if ((map.GetValueOrDefault("name") ?? map.GetValueOrDefault("repository")) is string name && map.GetValueOrDefault("tag") is string tag)
            {
                yield return (where, $"values {path}", $"{name}:{tag}");
            }
        }
    }
}
