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
