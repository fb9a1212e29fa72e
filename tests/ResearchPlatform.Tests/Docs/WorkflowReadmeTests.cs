using System.Text.RegularExpressions;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Docs;

/// <summary>The operators' CI and the README section that explains it must agree.</summary>
public partial class WorkflowReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
    private static readonly string Workflows = Path.Combine(RepoPaths.Root, ".github", "workflows");

    [Fact]
    public void Readme_NamesEveryWorkflow()
    {
        var files = Directory.GetFiles(Workflows, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Contains("native.yml", files);
        Assert.All(files, file => Assert.Contains($"| `{file}` |", Readme));
    }

    [Fact]
    public void Readme_NamesEverySecretTheWorkflowsUse()
    {
        var secrets = Directory.GetFiles(Workflows, "*.yml")
            .SelectMany(f => SecretUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(name => name != "GITHUB_TOKEN")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE", "SITE_REGISTRY_TOKEN", "SITE_REGISTRY_USER", "VAULT_ADDR", "VAULT_TOKEN"], secrets);
        Assert.All(secrets, name => Assert.Contains($"`{name}`", Readme));
    }

    [Fact]
    public void Workflows_RunTheTestsTheReadmeNames()
    {
        var test = File.ReadAllText(Path.Combine(Workflows, "test.yml"));

        Assert.Contains("run: dotnet test ResearchPlatform.Offline.slnf\n", test);
        Assert.Contains("run: dotnet test tests/ResearchPlatform.Infra.Tests\n", test);
        Assert.Contains("dotnet test ResearchPlatform.Offline.slnf && dotnet test tests/ResearchPlatform.Infra.Tests", Readme);
        Assert.Contains("uses: pulumi/actions@v7", File.ReadAllText(Path.Combine(Workflows, "pulumi.yml")));
    }

    [GeneratedRegex(@"secrets\.([A-Z_]+)")]
    private static partial Regex SecretUse();
}
