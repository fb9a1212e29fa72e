namespace ResearchPlatform.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the directory holding ResearchPlatform.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed golden render of a stack.</summary>
    public static string Golden(string stack) => Path.Combine(Root, "tests", "golden", stack);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResearchPlatform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ResearchPlatform.sln not found above the test binaries");
    }
}
