using System.Net;
using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Docs;

/// <summary>The README is what operators follow: its picture, commands and config reference must match the code.</summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void Readme_ArchitectureDiagram_IsTheGeneratedProdGraph()
    {
        var block = MermaidBlock().Match(Readme);

        Assert.True(block.Success, "README.md has no ```mermaid block");
        Assert.Equal(MermaidGraph.Build(TestStacks.Plan("prod")), block.Groups[1].Value);
    }

    [Fact]
    public void Readme_TestCommand_IsWhatCiRuns()
    {
        var ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));

        Assert.Contains("```sh\ndotnet test ResearchPlatform.Offline.slnf\n```", Readme);
        Assert.Contains("dotnet test ResearchPlatform.Offline.slnf", ci);
    }

    [Fact]
    public void Readme_ConfigReference_DocumentsEveryKeyUnderItsSection()
    {
        var missing = new List<string>();
        foreach (var (section, property, _) in ConfigBinder.KeysOf(typeof(StackConfig)))
        {
            var heading = Readme.IndexOf($"### `research-platform:{section}`", StringComparison.Ordinal);
            Assert.True(heading >= 0, $"README.md has no section for research-platform:{section}");
            var next = Readme.IndexOf("\n### ", heading + 1, StringComparison.Ordinal);
            var table = Readme[heading..(next < 0 ? Readme.Length : next)];
            missing.AddRange(Keys(property.PropertyType, "").Where(key => !table.Contains($"| `{key}` |")).Select(key => $"{section}: {key}"));
        }

        Assert.Empty(missing);
    }

    private static IEnumerable<string> Keys(Type type, string prefix)
    {
        foreach (var (key, property, _) in ConfigBinder.KeysOf(type))
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType.IsGenericType && valueType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsRecord(valueType.GetGenericArguments()[0]))
            {
                foreach (var inner in Keys(valueType.GetGenericArguments()[0], $"{prefix}{key}[]."))
                {
                    yield return inner;
                }
            }
            else if (IsRecord(valueType))
            {
                foreach (var inner in Keys(valueType, $"{prefix}{key}."))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return prefix + key;
            }
        }
    }

    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(IPAddress) && type != typeof(SecretValue) && !type.IsGenericType;

    [GeneratedRegex("```mermaid\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}

/// <summary>The operators' CI and the README section that explains it must agree.</summary>
public partial class WorkflowReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
    private static readonly string Workflows = Path.Combine(RepoPaths.Root, ".github", "workflows");

    [Fact]
    public void Readme_NamesEveryWorkflow()
    {
        var files = Directory.GetFiles(Workflows, "*.yml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["deploy.yml", "dr.yml", "preview.yml", "pulumi.yml", "test.yml"], files);
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

        Assert.Equal(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE", "VAULT_ADDR", "VAULT_TOKEN"], secrets);
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
