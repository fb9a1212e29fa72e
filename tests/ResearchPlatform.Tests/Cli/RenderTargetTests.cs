using ResearchPlatform.Cli;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Cli;

/// <summary>A render replaces its directory whole, so it refuses every directory it did not write itself.</summary>
public class RenderTargetTests
{
    [Fact]
    public void Render_IntoTheStackDirectory_IsRefusedAndDeletesNothing()
    {
        using var project = Project();
        var before = Snapshot(project.Path);

        var (code, output, error) = CliTests.Run("render", "prod", "--dir", project.Path, "--out", project.Path);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Empty(output);
        Assert.Equal($"error: --out {project.Path}: holds the stack files ({project.Path}), and a render replaces its directory whole; render into a directory of its own, such as {Path.Combine(project.Path, "out")}; nothing was written\n", error);
        Assert.Equal(before, Snapshot(project.Path));
    }

    [Fact]
    public void Render_IntoAParentOfTheStackDirectory_IsRefused()
    {
        // The parent is a directory of the test's own, so a regression could only replace that.
        using var parent = new TempDirectory();
        var stacks = Path.Combine(parent.Path, "stacks");
        Directory.CreateDirectory(stacks);
        RepoPaths.CopyStack(stacks, "prod");

        var (code, _, error) = CliTests.Run("render", "prod", "--dir", stacks, "--out", parent.Path);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith($"error: --out {parent.Path}: holds the stack files ({stacks})", error);
        Assert.True(File.Exists(Path.Combine(stacks, "Pulumi.prod.yaml")));
    }

    [Fact]
    public void Render_IntoADirectoryOfOtherFiles_IsRefusedAndKeepsThem()
    {
        using var project = Project();
        var other = Path.Combine(project.Path, "notes");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "todo.txt"), "keep me");

        var (code, _, error) = CliTests.Run("render", "prod", "--dir", project.Path, "--out", other);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal($"error: --out {other}: is not empty and holds no earlier render (no .research-platform-render), and a render replaces its directory whole; choose a new or empty directory, or an earlier render's; nothing was written\n", error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(other, "todo.txt")));
    }

    [Fact]
    public void Render_EmptyOut_IsRefused()
    {
        using var project = Project();

        var (code, _, error) = CliTests.Run("render", "prod", "--dir", project.Path, "--out", "");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal("error: --out: is empty; give the directory to render into, such as out/<stack>; nothing was written\n", error);
    }

    [Fact]
    public void Render_OverAnEarlierRenderOrIntoAnEmptyDirectory_IsAllowed()
    {
        using var project = Project();
        var target = Path.Combine(project.Path, "out", "prod");
        Directory.CreateDirectory(target);

        Assert.Equal(ExitCodes.Success, CliTests.Run("render", "prod", "--dir", project.Path, "--out", target).Code);
        Assert.True(File.Exists(Path.Combine(target, RenderTarget.Marker)));
        Assert.Equal(ExitCodes.Success, CliTests.Run("render", "prod", "--dir", project.Path, "--out", target).Code);
    }

    [Fact]
    public void Render_OverACorruptEarlierPlan_WarnsAndReplacesIt()
    {
        using var project = Project();
        var target = Path.Combine(project.Path, "out", "prod");
        Assert.Equal(ExitCodes.Success, CliTests.Run("render", "prod", "--dir", project.Path, "--out", target).Code);
        File.WriteAllText(Path.Combine(target, "plan.json"), "{ not json");

        var (code, _, error) = CliTests.Run("render", "prod", "--dir", project.Path, "--out", target);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith($"warning: {Path.Combine(target, "plan.json")} is not a plan this tool wrote (", error);
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Golden("prod"), "plan.json")), File.ReadAllText(Path.Combine(target, "plan.json")));
    }

    [Fact]
    public void Guard_UnexpectedFailure_IsOneLineWithoutAStackTrace()
    {
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new StringWriter(), error);

        var code = context.Guard(() => throw new InvalidOperationException("a defect"));

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal("error: unexpected failure (InvalidOperationException: a defect); nothing was written. Please report it with the command you ran.\n", error.ToString());
    }

    private static TempDirectory Project()
    {
        var project = new TempDirectory();
        File.Copy(Path.Combine(RepoPaths.Root, "Pulumi.yaml"), Path.Combine(project.Path, "Pulumi.yaml"));
        RepoPaths.CopyStack(project.Path, "prod");

        return project;
    }

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);
}
