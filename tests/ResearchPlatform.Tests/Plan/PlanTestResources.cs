using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Tests.Plan;

/// <summary>Small resources to build plans from in tests.</summary>
public static class PlanTestResources
{
    public static PlanResource Password(string name, params string[] dependsOn) => new()
    {
        Name = name,
        Spec = new GeneratedSecretSpec { Format = GeneratedSecretFormat.Password, Length = 24 },
        DependsOn = dependsOn,
    };

    public static PlanResource Key(string name) => new() { Name = name, Spec = new TlsPrivateKeySpec() };

    public static PlanResource Provider(string name = "kubernetes") => new()
    {
        Name = name,
        Spec = new KubernetesProviderSpec { Kubeconfig = "apiVersion: v1" },
    };

    public static PlatformPlan PlanOf(params PlanResource[] resources) =>
        new("research-platform", "test", [new PlanComponent("research-platform:test:Thing", "thing", resources)], []);
}
