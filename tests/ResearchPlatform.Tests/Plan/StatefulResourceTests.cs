using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Plan;

/// <summary>
/// Nothing that holds data goes away by a config change: every namespace with claims and every
/// stateful object is protected (a delete needs a deliberate unprotect) and kept on delete.
/// </summary>
public class StatefulResourceTests
{
    private static readonly string[] StatefulKinds = ["PersistentVolume", "PersistentVolumeClaim", "TridentBackendConfig"];

    public static TheoryData<string> Stacks => ["prod", "dr"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Plan_NamespacesWithClaims_AreProtectedAndKept(string stack)
    {
        var plan = TestStacks.Plan(stack);
        var objects = plan.Resources.SelectMany(r => Objects(r).Select(o => (Resource: r, Object: o))).ToList();
        var claimNamespaces = objects.Where(o => Kind(o.Object) == "PersistentVolumeClaim").Select(o => Namespace(o.Object)!)
            .Append(PlatformNamespaces.Notebooks) // the spawner creates every home claim there
            .ToHashSet();

        var namespaces = objects.Where(o => Kind(o.Object) == "Namespace" && claimNamespaces.Contains(Name(o.Object)!)).ToList();

        Assert.Equal(claimNamespaces.Order(), namespaces.Select(n => Name(n.Object)!).Order());
        Assert.All(namespaces, n => Assert.Equal(PlanResourceOptions.Stateful, n.Resource.Options));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Plan_StatefulObjectsAndTheCa_AreProtectedAndKept(string stack)
    {
        var plan = TestStacks.Plan(stack);

        var stateful = plan.Resources
            .Where(r => Objects(r).Any(o => StatefulKinds.Contains(Kind(o))) || r.Name.StartsWith("cluster-ca-", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(stateful, r => r.Name == "cluster-ca-key");
        Assert.Contains(stateful, r => Objects(r).Any(o => Kind(o) == "TridentBackendConfig"));
        Assert.All(stateful, r => Assert.True(r.Options == PlanResourceOptions.Stateful, $"{r.Name} is stateful but not protected and kept"));
    }

    [Fact]
    public void Summary_ProdStack_ListsTheNotebookNamespaceAsGuarded()
    {
        var summary = ResearchPlatform.Stacks.Rendering.SummaryWriter.Build(TestStacks.Plan("prod"));

        Assert.Contains("- namespace-jupyterhub (KubernetesManifest, retained on delete)\n", summary);
        Assert.Contains("- backend-dsp-ontap-nas (KubernetesManifest, retained on delete)\n", summary);
    }

    private static IEnumerable<MapValue> Objects(PlanResource resource) =>
        resource.Spec is KubernetesManifestSpec manifest ? manifest.Objects.OfType<MapValue>() : [];

    private static string? Kind(MapValue o) => Text(o["kind"]);

    private static string? Name(MapValue o) => Text((o["metadata"] as MapValue)?["name"]);

    private static string? Namespace(MapValue o) => Text((o["metadata"] as MapValue)?["namespace"]);

    private static string? Text(PlanValue? value) => (value as LiteralValue)?.Value as string;
}
