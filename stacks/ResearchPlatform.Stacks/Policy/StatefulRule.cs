using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Whatever holds data (volumes, claims, databases, their roles, storage backends) is protected and kept on delete.</summary>
public sealed class StatefulRule : IPolicyRule
{
    private static readonly HashSet<string> DataKinds = ["PersistentVolume", "PersistentVolumeClaim", "Cluster", "Database", "DatabaseRole", "TridentBackendConfig"];

    public string Id => "stateful-protected";

    public string Description => "every volume, claim, database, database role and storage backend is protected and retained on delete";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var o in objects.Where(o => DataKinds.Contains(o.Kind) && !(o.Resource.Options.Protect && o.Resource.Options.RetainOnDelete)))
        {
            yield return new(Id, o.Where, o.Label, "holds data but its resource is not protected and retained on delete: give it PlanResourceOptions.Stateful");
        }

        foreach (var ns in objects.Where(o => o.Kind == "Namespace" && objects.Any(c => c.Kind == "PersistentVolumeClaim" && c.Namespace == o.Name) && !(o.Resource.Options.Protect && o.Resource.Options.RetainOnDelete)))
        {
            yield return new(Id, ns.Where, ns.Label, "holds claims, so deleting it deletes their data: mark the namespace HoldsClaims");
        }
    }
}
