using System.Text.Json;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Stacks.Policy;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Policy;

/// <summary>The policy over the plan: prod and dr pass, and each rule catches what it exists for.</summary>
public class PolicyCheckTests
{
    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void Check_ExampleStack_PassesEveryRule(string stack)
    {
        Assert.Empty(PolicyChecker.Check(TestStacks.Plan(stack)));
    }

    [Fact]
    public void Check_AComponentBreakingEveryRule_HasOneFindingPerBreach()
    {
        var findings = PolicyChecker.Check(WithBadComponent(TestStacks.Plan("prod"))).Select(f => f.ToString());

        Assert.Equal(
        [
            "pod-security: bad/bad-objects Namespace lab: enforces 'baseline', not restricted, and the allow-list gives no reason for it",
            "default-deny: bad/bad-objects Namespace lab: has no default-deny NetworkPolicy (all pods, ingress and egress, no rules): add one, then allow only the flows it needs",
            "host-access: bad/bad-objects Deployment lab/tool: hostNetwork",
            "host-access: bad/bad-objects Deployment lab/tool: hostPath volume host",
            "host-access: bad/bad-objects Deployment lab/tool: container tool is privileged",
            "host-access: bad/bad-objects Deployment lab/tool: container tool may run as root (set runAsNonRoot and a non-zero runAsUser)",
            "image-digest: bad/bad-objects Deployment lab/tool: image docker.io/bitnami/redis:7.2 is not pinned by digest: append @sha256:<digest> (crane digest docker.io/bitnami/redis:7.2)",
            "retired-source: bad/bad-objects Deployment lab/tool: image docker.io/bitnami/redis:7.2 comes from a source that no longer receives updates; use the project's own image",
            "resources: bad/bad-objects Deployment lab/tool: container tool has no requests.cpu, requests.memory, limits.cpu, limits.memory",
            "route-tls: bad/bad-objects HTTPRoute lab/tool: must name one host and attach only to its HTTPS listener: set sectionName: https-tool on every parentRef",
            "stateful-protected: bad/bad-objects PersistentVolumeClaim lab/data: holds data but its resource is not protected and retained on delete: give it PlanResourceOptions.Stateful",
            "stateful-protected: bad/bad-objects Namespace lab: holds claims, so deleting it deletes their data: mark the namespace HoldsClaims",
            "secret-value: bad/bad-secret Secret lab/tool: key password holds a value written into the plan: make it a secret config reference or a generated secret",
        ], findings);
    }

    [Fact]
    public void Check_CliOnProd_PassesAndExitsZero()
    {
        var (code, output, error) = Cli.CliTests.Run("check", "prod", "--dir", RepoPaths.Root);

        Assert.Equal((0, $"stack 'prod' passes all {PolicyChecker.Rules.Count} policy rules\n", ""), (code, output, error));
    }

    [Fact]
    public void Report_Text_IsOneLinePerFindingThenTheCount()
    {
        var findings = PolicyChecker.Check(WithBadComponent(TestStacks.Plan("prod")));

        var lines = PolicyReport.Text("prod", findings).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal([.. findings.Select(f => f.ToString()), $"stack 'prod': {findings.Count} policy finding(s)"], lines);
    }

    [Fact]
    public void Report_Sarif_DescribesEveryRuleAndLocatesEachFinding()
    {
        var findings = PolicyChecker.Check(WithBadComponent(TestStacks.Plan("prod")));

        using var sarif = JsonDocument.Parse(PolicyReport.Sarif("prod", findings));
        var run = sarif.RootElement.GetProperty("runs")[0];

        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(PolicyChecker.Rules.Select(r => r.Id), run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(findings.Count, run.GetProperty("results").GetArrayLength());
        Assert.Equal("prod/bad/bad-secret", run.GetProperty("results")[findings.Count - 1].GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
    }

    [Fact]
    public void Report_Json_ListsEachFindingByRuleAndResource()
    {
        var findings = PolicyChecker.Check(WithBadComponent(TestStacks.Plan("prod")));

        using var json = JsonDocument.Parse(PolicyReport.Json("prod", findings));

        Assert.Equal(findings.Select(f => (f.Rule, f.Resource)), json.RootElement.GetProperty("findings").EnumerateArray().Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("resource").GetString()!)));
    }

    private static PlatformPlan WithBadComponent(PlatformPlan plan)
    {
        var provider = plan.Resources.First(r => r.Kind == ResourceKind.KubernetesProvider).Name;
        var objects = new PlanResource
        {
            Name = "bad-objects",
            Provider = provider,
            Spec = new KubernetesManifestSpec
            {
                Objects =
                [
                    PlanValues.From(Tree("""{"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "lab", "labels": {"pod-security.kubernetes.io/enforce": "baseline"}}}""")),
                    PlanValues.From(Tree("""
                        {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "tool", "namespace": "lab"},
                         "spec": {"template": {"spec": {"hostNetwork": true, "volumes": [{"name": "host", "hostPath": {"path": "/"}}],
                           "containers": [{"name": "tool", "image": "docker.io/bitnami/redis:7.2", "securityContext": {"privileged": true}}]}}}}
                        """)),
                    PlanValues.From(Tree("""{"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": "tool", "namespace": "lab"}, "spec": {"hostnames": ["tool.dsp.uni-example.edu"], "parentRefs": [{"name": "platform", "namespace": "traefik", "sectionName": "web"}]}}""")),
                    PlanValues.From(Tree("""{"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "data", "namespace": "lab"}}""")),
                ],
            },
        };
        var secret = new PlanResource
        {
            Name = "bad-secret",
            Provider = provider,
            Spec = new KubernetesSecretSpec { SecretName = "tool", Namespace = "lab", StringData = [KeyValuePair.Create<string, PlanValue>("password", "hunter2")] },
        };
        return new PlatformPlan(plan.Project, plan.Stack, [.. plan.Components, new PlanComponent("research-platform:test:Bad", "bad", [objects, secret])], plan.Outputs);
    }

    private static JsonElement Tree(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
