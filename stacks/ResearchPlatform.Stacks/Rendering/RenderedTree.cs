namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// A rendered stack: relative file path to text. Compiling a tree is pure; <see cref="Save"/> is the
/// only step that writes, and it replaces the output directory in one move or not at all.
/// </summary>
public sealed class RenderedTree
{
    /// <summary>Creates a tree from files keyed by relative path with forward slashes.</summary>
    public RenderedTree(IReadOnlyDictionary<string, string> files)
    {
        Files = new SortedDictionary<string, string>(files.ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>The files, sorted by path.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>
    /// Writes the tree to <paramref name="directory"/>: first into a sibling temporary directory,
    /// then swapped in, so a reader sees the old tree or the new one, never a half-written one.
    /// </summary>
    public void Save(string directory)
    {
        var target = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"cannot write to {target}", nameof(directory));
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.rendering-{Guid.NewGuid():N}");
        var previous = Path.Combine(parent, $".{Path.GetFileName(target)}.previous-{Guid.NewGuid():N}");
        try
        {
            // Directories first, then the files on every core.
            var folders = Files.Keys.Select(p => p.LastIndexOf('/') is var slash and >= 0 ? p[..slash] : "").Distinct(StringComparer.Ordinal).ToList();
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(Path.Combine(staging, folder.Replace('/', Path.DirectorySeparatorChar)));
            }

            var earlier = EarlierRender.Open(target, staging, folders);
            try
            {
                Parallel.ForEach(Files, entry => Write(staging, earlier, entry.Key, entry.Value));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // The first failure as itself (a full disk is an IOException), not wrapped by the parallel loop.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }

            var replacing = Directory.Exists(target);
            if (replacing)
            {
                Directory.Move(target, previous);
            }

            try
            {
                Directory.Move(staging, target);
            }
            catch when (replacing)
            {
                Directory.Move(previous, target);
                throw;
            }

            if (replacing)
            {
                Directory.Delete(previous, recursive: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static void Write(string staging, EarlierRender? earlier, string relative, string content)
    {
        var path = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
        var bytes = System.Text.Encoding.UTF8.GetBytes(content);
        if (earlier?.TryLink(relative, path, bytes) == true)
        {
            return;
        }

        // The staging directory is new, so each file is created, never truncated: ext4 treats a
        // truncated file as replaced and flushes it on close, and frees (discards) its blocks when
        // the next render deletes it.
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes, 0);
    }
}
