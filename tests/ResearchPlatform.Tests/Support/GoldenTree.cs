using System.Text;
using ResearchPlatform.Stacks.Rendering;

namespace ResearchPlatform.Tests.Support;

/// <summary>
/// Compares a render with its committed golden directory and explains any difference as a line
/// diff. With <c>UPDATE_GOLDEN=1</c> it rewrites the golden directory instead: review that diff
/// in git before committing it.
/// </summary>
public static class GoldenTree
{
    public static void Verify(RenderedTree actual, string goldenDirectory)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            // CI must never accept new output by itself: a changed render has to be committed.
            Assert.True(UpdateRefusal(Environment.GetEnvironmentVariable("CI")) is null, UpdateRefusal(Environment.GetEnvironmentVariable("CI")));
            actual.Save(goldenDirectory);
            return;
        }

        var expected = Read(goldenDirectory);
        var report = TreeDiff.Format("golden", expected, "rendered", actual);
        var identical = expected.Files.Count == actual.Files.Count && expected.Files.All(f => actual.Files.TryGetValue(f.Key, out var text) && text == f.Value);
        Assert.True(identical, $"the render differs from {goldenDirectory} (rerun with UPDATE_GOLDEN=1 to accept, then review the git diff):\n{report}");
    }

    /// <summary>Why updating goldens is refused where <c>CI</c> is <paramref name="ci"/>; null where it is allowed.</summary>
    public static string? UpdateRefusal(string? ci) => string.IsNullOrEmpty(ci) || ci.Equals("false", StringComparison.OrdinalIgnoreCase) || ci == "0"
        ? null
        : "UPDATE_GOLDEN is refused where CI is set: render the change locally, review its git diff and commit the golden files";

    public static RenderedTree Read(string directory)
    {
        var files = Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/'), f => File.ReadAllText(f, Encoding.UTF8))
            : new Dictionary<string, string>();
        return new RenderedTree(files);
    }
}
