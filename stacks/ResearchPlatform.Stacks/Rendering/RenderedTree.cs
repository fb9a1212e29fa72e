using System.Text;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// A rendered stack: relative file path to text. Compiling a tree is pure; <see cref="Save"/> is the
/// only step that writes, and it replaces the output directory in one move or not at all.
/// </summary>
public sealed class RenderedTree
{
    private readonly SortedDictionary<string, ReadOnlyMemory<byte>> content = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string>? files;

    /// <summary>Creates a tree from files keyed by relative path with forward slashes.</summary>
    public RenderedTree(IReadOnlyDictionary<string, string> files)
        : this(files.ToDictionary(f => f.Key, f => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(f.Value)))
    {
        this.files = new SortedDictionary<string, string>(files.ToDictionary(), StringComparer.Ordinal);
    }

    /// <summary>Creates a tree from files as the UTF-8 bytes to write, keyed by relative path with forward slashes.</summary>
    public RenderedTree(IReadOnlyDictionary<string, ReadOnlyMemory<byte>> utf8)
    {
        foreach (var (path, bytes) in utf8)
        {
            content[path] = bytes;
        }
    }

    /// <summary>The files, sorted by path.</summary>
    /// <remarks>A render keeps the bytes it writes; the text is decoded the first time it is asked for.</remarks>
    public IReadOnlyDictionary<string, string> Files => LazyInitializer.EnsureInitialized(ref files, () =>
        new SortedDictionary<string, string>(content.ToDictionary(c => c.Key, c => Encoding.UTF8.GetString(c.Value.Span)), StringComparer.Ordinal));

    /// <summary>The number of files.</summary>
    public int Count => content.Count;

    /// <summary>The bytes of the file at <paramref name="path"/>, as <see cref="Save"/> writes them.</summary>
    /// <exception cref="KeyNotFoundException">The tree has no such file.</exception>
    public ReadOnlyMemory<byte> Utf8(string path) => content[path];

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
            var folders = content.Keys.Select(p => p.LastIndexOf('/') is var slash and >= 0 ? p[..slash] : "").Distinct(StringComparer.Ordinal).ToList();
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(Path.Combine(staging, folder.Replace('/', Path.DirectorySeparatorChar)));
            }

            var earlier = EarlierRender.Open(target, staging, folders);
            try
            {
                Parallel.ForEach(content, entry => Write(staging, earlier, entry.Key, entry.Value));
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
                DeleteTree(previous);
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

    // The replaced render: its second-level directories (components/<name>) on every core, then the
    // rest. Only real directories are entered; Directory.Delete removes a symbolic link itself, never
    // what it points to.
    private static void DeleteTree(string root)
    {
        var folders = new DirectoryInfo(root).EnumerateDirectories()
            .Where(folder => (folder.Attributes & FileAttributes.ReparsePoint) == 0)
            .SelectMany(folder => folder.EnumerateDirectories())
            .Select(folder => folder.FullName)
            .ToList();
        try
        {
            Parallel.ForEach(folders, folder => Directory.Delete(folder, recursive: true));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // As a serial delete would fail: an IOException or UnauthorizedAccessException, not wrapped.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        Directory.Delete(root, recursive: true);
    }

    private static void Write(string staging, EarlierRender? earlier, string relative, ReadOnlyMemory<byte> bytes)
    {
        var path = Path.Combine(staging, relative.Replace('/', Path.DirectorySeparatorChar));
        if (earlier?.TryLink(relative, path, bytes.Span) == true)
        {
            return;
        }

        // The staging directory is new, so each file is created, never truncated: ext4 treats a
        // truncated file as replaced and flushes it on close, and frees (discards) its blocks when
        // the next render deletes it.
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, bytes.Span, 0);
    }
}
