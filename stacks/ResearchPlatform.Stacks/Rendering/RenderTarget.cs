namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// Where a render may go. A render replaces its output directory whole, so it may only replace what
/// a render wrote (recognised by <see cref="Marker"/>), an empty directory, or nothing; never the
/// directory holding the stack files, nor one above it.
/// </summary>
public static class RenderTarget
{
    /// <summary>The file every render writes at its root, by which the next render recognises it.</summary>
    public const string Marker = ".research-platform-render";

    /// <summary>The marker's text.</summary>
    public static string MarkerText(string stack) =>
        $"Rendered by research-platform from Pulumi.{stack}.yaml. The next render replaces this directory whole: do not keep other files here.\n";

    /// <summary>Why <paramref name="target"/> must not be written, or null when it may.</summary>
    /// <param name="target">The output directory as given.</param>
    /// <param name="projectDirectory">The directory of the stack files.</param>
    public static string? Problem(string target, string projectDirectory)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return "--out: is empty; give the directory to render into, such as out/<stack>";
        }

        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var project = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectDirectory));
        if (project == full || project.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"--out {target}: holds the stack files ({project}), and a render replaces its directory whole; render into a directory of its own, such as {Path.Combine(project, "out")}";
        }

        if (File.Exists(full))
        {
            return $"--out {target}: is a file; give a directory";
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, Marker)))
        {
            return $"--out {target}: is not empty and holds no earlier render (no {Marker}), and a render replaces its directory whole; choose a new or empty directory, or an earlier render's";
        }

        return null;
    }
}
