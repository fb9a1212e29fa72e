using System.Net;
using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Stacks.Sections;
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
            // A section's keys are documented in its own folder's README, the base platform's here.
            var (document, marker) = SectionReadmes.TryGetValue(section, out var own)
                ? (own, $"## Config: `research-platform:{section}`")
                : (Readme, $"### `research-platform:{section}`");
            var heading = document.IndexOf(marker, StringComparison.Ordinal);
            Assert.True(heading >= 0, $"no README documents research-platform:{section}");
            var next = document.IndexOf(marker[..marker.IndexOf(' ', StringComparison.Ordinal)] + " ", heading + 1, StringComparison.Ordinal);
            var table = document[heading..(next < 0 ? document.Length : next)];
            missing.AddRange(Keys(property.PropertyType, "").Where(key => !table.Contains($"| `{key}` |")).Select(key => $"{section}: {key}"));
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Readme_SectionsTable_LinksEverySectionsOwnReadme()
    {
        foreach (var section in PlatformSections.All)
        {
            var link = SectionLinks().Matches(Readme).Select(m => m.Groups[2].Value).SingleOrDefault(l => SectionReadmes.GetValueOrDefault(section.Key) == File.ReadAllText(Path.Combine(RepoPaths.Root, l)));
            Assert.True(link is not null, $"README.md's sections table does not link the README of section '{section.Key}'");
        }
    }

    /// <summary>Each section folder's README, by the config key it documents.</summary>
    private static readonly Dictionary<string, string> SectionReadmes = Directory
        .GetFiles(Path.Combine(RepoPaths.Root, "stacks", "ResearchPlatform.Stacks", "Sections"), "README.md", SearchOption.AllDirectories)
        .Select(File.ReadAllText)
        .Select(text => (Key: SectionHeading().Match(text).Groups[1].Value, Text: text))
        .Where(r => r.Key.Length > 0)
        .ToDictionary(r => r.Key, r => r.Text);

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

    [GeneratedRegex("^## Config: `research-platform:([a-zA-Z]+)`", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"\| \[`research-platform:([a-zA-Z]+)`\]\(([^)]+)\) \|")]
    private static partial Regex SectionLinks();
}
