using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Rendering;

/// <summary>
/// Saving over an earlier render reuses its unchanged files (on Linux, as hard links); whatever the
/// earlier tree holds, the new tree has exactly the rendered bytes, as files of its own.
/// </summary>
public class SaveOverEarlierRenderTests
{
    private static RenderedTree Tree(string changing = "one") => new(new Dictionary<string, string>
    {
        [RenderTarget.Marker] = RenderTarget.MarkerText("test"),
        ["plan.json"] = "{}\n",
        ["summary.md"] = $"# summary {changing}\n",
        ["graph.mmd"] = "flowchart LR\n",
        ["components/a/a.yaml"] = "a: 1\n",
        ["components/b/b.yaml"] = "b: 2\n",
    });

    private static void AssertHolds(RenderedTree tree, string target)
    {
        var written = Directory.EnumerateFiles(target, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => Path.GetRelativePath(target, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(tree.Files.Keys, written);
        foreach (var (path, content) in tree.Files)
        {
            var full = Path.Combine(target, path);
            Assert.Null(new FileInfo(full).LinkTarget);
            Assert.Equal(content, File.ReadAllText(full));
        }
    }

    [Fact]
    public void Save_SameTreeAgain_WritesTheSameFilesAndLeavesNothingBehind()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Tree().Save(target);

        Tree().Save(target);
        Tree("two").Save(target);

        AssertHolds(Tree("two"), target);
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Save_OverEditedFiles_WritesTheRenderedBytes()
    {
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Tree().Save(target);
        File.AppendAllText(Path.Combine(target, "summary.md"), "edited by hand\n");
        File.WriteAllText(Path.Combine(target, "components", "a", "a.yaml"), "a: 9\n");

        Tree().Save(target);

        AssertHolds(Tree(), target);
    }

    [Fact]
    public void Save_OverAFileWithOtherPermissions_WritesAFileWithTheUsualOnes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        Tree().Save(target);
        var usual = File.GetUnixFileMode(Path.Combine(target, "graph.mmd"));
        File.SetUnixFileMode(Path.Combine(target, "graph.mmd"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Tree().Save(target);

        Assert.Equal(usual, File.GetUnixFileMode(Path.Combine(target, "graph.mmd")));
        AssertHolds(Tree(), target);
    }

    [Fact]
    public void Save_OverAFileWithAnotherName_DoesNotShareItWithTheNewTree()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var outside = Path.Combine(temp.Path, "kept-plan.json");
        Tree().Save(target);
        Assert.Equal(0, Link(Path.Combine(target, "plan.json"), outside));

        Tree().Save(target);
        File.AppendAllText(Path.Combine(target, "plan.json"), "changed after the render\n");

        Assert.Equal("{}\n", File.ReadAllText(outside));
    }

    [Fact]
    public void Save_OverSymbolicLinks_WritesFilesAndNeverTheLinksTargets()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var elsewhere = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "b.yaml"), "b: 2\n");
        File.WriteAllText(Path.Combine(elsewhere, "summary.md"), "# summary one\n");
        Tree().Save(target);
        File.Delete(Path.Combine(target, "summary.md"));
        File.CreateSymbolicLink(Path.Combine(target, "summary.md"), Path.Combine(elsewhere, "summary.md"));
        Directory.Delete(Path.Combine(target, "components", "b"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(target, "components", "b"), elsewhere);

        Tree().Save(target);
        File.AppendAllText(Path.Combine(target, "summary.md"), "changed after the render\n");
        File.AppendAllText(Path.Combine(target, "components", "b", "b.yaml"), "changed after the render\n");

        Assert.Equal("# summary one\n", File.ReadAllText(Path.Combine(elsewhere, "summary.md")));
        Assert.Equal("b: 2\n", File.ReadAllText(Path.Combine(elsewhere, "b.yaml")));
    }

    [Fact]
    public void Save_OverALinkedFolderOfTheEarlierRender_LeavesWhatItPointsTo()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // The replaced render is removed folder by folder; a folder that is a link is removed as a link.
        using var temp = new TempDirectory();
        var target = Path.Combine(temp.Path, "out");
        var elsewhere = Path.Combine(temp.Path, "elsewhere");
        Directory.CreateDirectory(Path.Combine(elsewhere, "b"));
        File.WriteAllText(Path.Combine(elsewhere, "b", "keep.yaml"), "keep: 1\n");
        Tree().Save(target);
        Directory.Delete(Path.Combine(target, "components"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(target, "components"), elsewhere);

        Tree().Save(target);

        Assert.Equal("keep: 1\n", File.ReadAllText(Path.Combine(elsewhere, "b", "keep.yaml")));
        Assert.False(new DirectoryInfo(Path.Combine(target, "components")).Attributes.HasFlag(FileAttributes.ReparsePoint));
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link")]
    private static extern int Link([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string existing, [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string created);
}
