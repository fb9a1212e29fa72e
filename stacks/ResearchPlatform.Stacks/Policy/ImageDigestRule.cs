using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Every image the plan names is pinned by digest, so a moved tag cannot change what runs.</summary>
public sealed partial class ImageDigestRule : IPolicyRule
{
    public string Id => "image-digest";

    public string Description => "every image the plan names is pinned by tag and digest (name:tag@sha256:...)";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var (where, what, image) in PlanImages.Of(plan, objects))
        {
            var name = image.Split('@')[0].Split(':')[0];
            if (!Pinned().IsMatch(image) && PolicyExceptions.For(Id, name[(name.LastIndexOf('/') + 1)..]) is null)
            {
                yield return new(Id, where, what, $"image {image} is not pinned by digest: append @sha256:<digest> (crane digest {image.Split('@')[0]})");
            }
        }
    }

    // Generated, like every other pattern of the tool: a pattern given as text would compile the
    // whole regex interpreter into the native executable for this one check.
    [System.Text.RegularExpressions.GeneratedRegex("@sha256:[0-9a-f]{64}\\z")]
    private static partial System.Text.RegularExpressions.Regex Pinned();
}
