using ResearchPlatform.Components.Kubernetes;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Tests.Kubernetes;

public class CrdReadyJobTests
{
    [Fact]
    public void Objects_SeveralCrds_WaitsForEachCreatedThenEstablished()
    {
        var objects = CrdReadyJob.Objects("cert-manager-crds-ready", "research-platform-system", "registry.k8s.io/kubectl:v1.35.6", ["certificates.cert-manager.io", "issuers.cert-manager.io"]);
        var yaml = PlanYaml.SerializeAll(objects.Select(PlanValueResolver.Symbolic.Resolve).ToList());

        Assert.Equal(["ServiceAccount", "ClusterRole", "ClusterRoleBinding", "Job"], objects.Select(o => (string)((LiteralValue)((MapValue)o)["kind"]!).Value!));
        Assert.Contains("        - --for=create\n        - --timeout=900s\n        - crd/certificates.cert-manager.io\n        - crd/issuers.cert-manager.io\n", yaml);
        Assert.Contains("        - --for=condition=established\n        - --timeout=300s\n        - crd/certificates.cert-manager.io\n        - crd/issuers.cert-manager.io\n", yaml);
        Assert.Contains("research-platform/api-access: \"true\"", yaml);
        Assert.Contains("runAsNonRoot: true", yaml);
        Assert.Contains("readOnlyRootFilesystem: true", yaml);
    }

    [Fact]
    public void Objects_NoCrd_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => CrdReadyJob.Objects("nothing-ready", "ns", "kubectl", []));

        Assert.StartsWith("job nothing-ready: name at least one CRD to wait for", e.Message);
    }
}
