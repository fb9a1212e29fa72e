using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>No image or chart comes from a source that stopped receiving updates (Bitnami's images since 2025-08, MinIO since 2026-04).</summary>
public sealed class RetiredSourceRule : IPolicyRule
{
    private static readonly string[] Retired = ["bitnami", "minio"];

    public string Id => "retired-source";

    public string Description => "no image or chart from Bitnami or MinIO, which stopped receiving updates";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var (where, what, image) in PlanImages.Of(plan, objects).Where(i => Retired.Any(r => i.Image.Contains(r, StringComparison.OrdinalIgnoreCase))))
        {
            yield return new(Id, where, what, $"image {image} comes from a source that no longer receives updates; use the project's own image");
        }

        foreach (var component in plan.Components)
        {
            foreach (var resource in component.Resources.Where(r => r.Spec is HelmReleaseSpec release && Retired.Any(x => $"{release.Chart.Repository} {release.Chart.Name}".Contains(x, StringComparison.OrdinalIgnoreCase))))
            {
                var chart = ((HelmReleaseSpec)resource.Spec).Chart;
                yield return new(Id, $"{component.Name}/{resource.Name}", "", $"chart {chart.Name} from {chart.Repository} comes from a source that no longer receives updates");
            }
        }
    }
}
