using System.Diagnostics;
using System.Text;
using ResearchPlatform.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ResearchPlatform.Tests.Hostile;

/// <summary>
/// Every case of <c>cases.yaml</c> through <c>render</c>: the exact errors with their key paths, exit
/// code 2, nothing written, no stack trace, and an answer within seconds.
/// </summary>
public class HostileInputTests
{
    private static readonly string CasesPath = Path.Combine(RepoPaths.Root, "tests", "ResearchPlatform.Tests", "Hostile", "cases.yaml");

    private static readonly IReadOnlyList<HostileCase> Cases = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build()
        .Deserialize<List<HostileCase>>(File.ReadAllText(CasesPath));

    public static TheoryData<string> Names() => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Render_HostileStackFile_KeepsTheContract(string name)
    {
        var hostile = Cases.Single(c => c.Name == name);
        using var project = new TempDirectory();
        File.WriteAllText(Path.Combine(project.Path, "Pulumi.yaml"), "name: research-platform\nruntime: dotnet\n");
        var (file, text) = Text(hostile);
        File.WriteAllText(Path.Combine(project.Path, "Pulumi.hostile.yaml"), file == StackFile ? text : File.ReadAllText(Path.Combine(RepoPaths.Root, StackFile)));
        File.WriteAllText(Path.Combine(project.Path, PlatformFile), file == PlatformFile ? text : File.ReadAllText(Path.Combine(RepoPaths.Root, PlatformFile)));
        var target = Path.Combine(project.Path, "out");

        var clock = Stopwatch.StartNew();
        var run = Task.Run(() => Cli.CliTests.Run("render", "hostile", "--dir", project.Path, "--out", target));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        var (code, output, error) = await run;

        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(hostile.Exit, code);
        // {kib} stands for the hostile file's size, which grows with the file it changes.
        var kib = (new FileInfo(Path.Combine(project.Path, file == StackFile ? "Pulumi.hostile.yaml" : PlatformFile)).Length / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(hostile.Errors.Select(e => e.Replace("{kib}", kib, StringComparison.Ordinal)), lines.Where(l => l.StartsWith("error: ", StringComparison.Ordinal)).Select(l => l["error: ".Length..]));
        Assert.Equal($"stack 'hostile': {hostile.Errors.Count} error(s); nothing was written", lines[^1]);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(target), "render wrote something");
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length < 600, $"a line of {l.Length} characters"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"render took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void Cases_CoverEveryClassTheIssueNames()
    {
        Assert.Equal(["addresses", "counts", "echo", "hidden", "numbers", "parse", "switches", "text"], Cases.Select(c => c.Class).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Cases.Count, Cases.Select(c => c.Name).Distinct().Count());
    }

    private const string StackFile = "Pulumi.prod.yaml";

    private const string PlatformFile = "platform.yaml";

    // The case changes the one file that holds its text: prod's stack file or the platform layer.
    private static (string File, string Text) Text(HostileCase hostile)
    {
        var old = hostile.Replace[0];
        var file = Once(File.ReadAllText(Path.Combine(RepoPaths.Root, StackFile)), old) ? StackFile : PlatformFile;
        return (file, Changed(File.ReadAllText(Path.Combine(RepoPaths.Root, file)), hostile));
    }

    private static bool Once(string text, string old) => text.IndexOf(old, StringComparison.Ordinal) is var at and >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0;

    private static string Changed(string prod, HostileCase hostile)
    {
        var (old, replacement) = (hostile.Replace[0], hostile.Replace[1]);
        foreach (var repeat in hostile.Repeat)
        {
            replacement = replacement.Replace("{" + repeat.Token + "}", new StringBuilder(repeat.Text.Length * repeat.Times).Insert(0, repeat.Text, repeat.Times).ToString(), StringComparison.Ordinal);
        }

        var at = prod.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0 && prod.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"'{old}' must occur once in {StackFile} or {PlatformFile}");
        return prod[..at] + replacement + prod[(at + old.Length)..];
    }
}
