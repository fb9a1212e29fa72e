using System.Diagnostics;
using ResearchPlatform.Components.Monitoring;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.Monitoring;

/// <summary>
/// The platform's alerts as prod renders them, through a real PromQL parser and rule evaluator
/// (Prometheus's promtool): every expression parses, and each alert selects what its tests say.
/// </summary>
public class MonitoringAlertTests
{
    private static readonly string Tests = Path.Combine(RepoPaths.Root, "tests", "ResearchPlatform.Tests", "Monitoring", "alert-tests.yaml");

    [Fact]
    public void Promtool_RenderedRules_ParseAndPassTheirUnitTests()
    {
        using var temp = new TempDirectory();
        var tree = OfflineRenderer.Compile(TestStacks.Plan("prod"));
        var rule = (YamlMappingNode)Parse(tree.Files["components/monitoring/platform-alerts.manifest.yaml"]).Single();
        var groups = new YamlMappingNode { { "groups", rule["spec"]["groups"] } };
        File.WriteAllText(Path.Combine(temp.Path, "platform.rules.yaml"), Serialize(new YamlStream(new YamlDocument(groups))));
        File.Copy(Tests, Path.Combine(temp.Path, "alert-tests.yaml"));

        var (check, checkOutput) = Promtool(temp.Path, "check", "rules", "platform.rules.yaml");
        Assert.True(check == 0, checkOutput);
        Assert.Contains($"SUCCESS: {PlatformAlerts.Groups.Sum(g => g.Rules.Count)} rules found", checkOutput);
        var (test, testOutput) = Promtool(temp.Path, "test", "rules", "alert-tests.yaml");
        Assert.True(test == 0, testOutput);
    }

    [Fact]
    public void Tests_ShowEveryAlertFiringOnWhatItSelects()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Tests)));
        var firing = ((YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["tests"])
            .SelectMany(t => (YamlSequenceNode)((YamlMappingNode)t)["alert_rule_test"])
            .Cast<YamlMappingNode>()
            .Where(a => a.Children.ContainsKey("exp_alerts") && ((YamlSequenceNode)a["exp_alerts"]).Children.Count > 0)
            .Select(a => At(a, "alertname"))
            .ToHashSet();

        Assert.All(PlatformAlerts.Groups.SelectMany(g => g.Rules), rule => Assert.True(firing.Contains(rule.Name), $"no test shows {rule.Name} firing"));
    }

    [Fact]
    public void Alerts_EachHaveASeverityASummaryAndARunbook()
    {
        Assert.All(PlatformAlerts.Groups.SelectMany(g => g.Rules), rule =>
        {
            Assert.Contains(rule.Severity, new[] { "critical", "warning" });
            Assert.False(string.IsNullOrWhiteSpace(rule.Summary), rule.Name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Runbook), rule.Name);
        });
        Assert.Equal(PlatformAlerts.Groups.SelectMany(g => g.Rules).Count(), PlatformAlerts.Groups.SelectMany(g => g.Rules).Select(r => r.Name).Distinct().Count());
    }

    private static string Serialize(YamlStream stream)
    {
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    // promtool is Prometheus's own: .ci/run installs Debian's prometheus package where it is missing.
    private static (int Code, string Output) Promtool(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("promtool", args) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var promtool = Process.Start(start)!;
        var output = promtool.StandardOutput.ReadToEnd() + promtool.StandardError.ReadToEnd();
        promtool.WaitForExit();
        return (promtool.ExitCode, output);
    }
}
