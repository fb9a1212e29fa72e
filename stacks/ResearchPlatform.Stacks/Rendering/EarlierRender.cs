using System.Runtime.InteropServices;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// The earlier render a new one replaces, as a source of files that did not change. A file whose
/// bytes are the same is hard-linked into the new tree instead of written again, so re-rendering
/// an unchanged stack neither allocates nor frees inodes. The earlier tree itself is never changed:
/// it only gains a second name for some of its files until the swap deletes it.
/// </summary>
/// <remarks>
/// Linux only (elsewhere every file is written). A file is linked only when the linked entry is a
/// plain file with no other name (nothing outside the render shares it), reached through real
/// directories of the earlier render, owned and permissioned as a newly written file would be, and
/// holding exactly the new bytes; anything else is written as before.
/// </remarks>
internal sealed partial class EarlierRender
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    private readonly string root;
    private readonly HashSet<string> folders;
    private readonly uint uid;
    private readonly uint gid;
    private readonly int mode;

    private EarlierRender(string root, HashSet<string> folders, in StatxBuffer staging)
    {
        this.root = root;
        this.folders = folders;
        uid = staging.Uid;
        gid = staging.Gid;
        // Files are created with 0666 and directories with 0777, both less the umask.
        mode = staging.Mode & 0x1B6;
    }

    /// <summary>
    /// The earlier render at <paramref name="target"/> when it is one (it holds the marker) and files
    /// can be linked from it into <paramref name="staging"/>, else null.
    /// </summary>
    /// <param name="target">The output directory the new render replaces.</param>
    /// <param name="staging">The new tree's directory, already created.</param>
    /// <param name="folders">The new tree's folders, relative with forward slashes ("" for the root).</param>
    public static EarlierRender? Open(string target, string staging, IEnumerable<string> folders)
    {
        if (!OperatingSystem.IsLinux() || !IsRealDirectory(target) || !File.Exists(Path.Combine(target, RenderTarget.Marker)))
        {
            return null;
        }

        try
        {
            if (statx(AtFdCwd, staging, AtSymlinkNoFollow, StatxBasicStats, out var stagingStatus) != 0)
            {
                return null;
            }

            // Only through directories, never through a link to somewhere else.
            var checkedFolders = new Dictionary<string, bool>(StringComparer.Ordinal) { [""] = true };
            bool Real(string folder)
            {
                if (!checkedFolders.TryGetValue(folder, out var real))
                {
                    var slash = folder.LastIndexOf('/');
                    real = Real(slash < 0 ? "" : folder[..slash]) && IsRealDirectory(Path.Combine(target, folder.Replace('/', Path.DirectorySeparatorChar)));
                    checkedFolders[folder] = real;
                }

                return real;
            }

            var linkable = folders.Where(Real).ToHashSet(StringComparer.Ordinal);
            return new EarlierRender(target, linkable, stagingStatus);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Links the earlier render's file at <paramref name="relative"/> to <paramref name="path"/> when
    /// it holds exactly <paramref name="content"/>; false (and nothing at <paramref name="path"/>) otherwise.
    /// </summary>
    public bool TryLink(string relative, string path, ReadOnlySpan<byte> content)
    {
        var slash = relative.LastIndexOf('/');
        if (!folders.Contains(slash < 0 ? "" : relative[..slash]))
        {
            return false;
        }

        // Linked first and checked after, so what is checked is the file now in the new tree. link()
        // does not follow a symbolic link: a link in the earlier render stays a link, and is refused.
        if (link(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)), path) != 0)
        {
            return false;
        }

        if (Holds(path, content))
        {
            return true;
        }

        // Only the name just made in the new tree is removed; the earlier file keeps its own.
        File.Delete(path);
        return false;
    }

    private bool Holds(string path, ReadOnlySpan<byte> content)
    {
        if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, out var status) != 0
            || (status.Mode & FileTypeMask) != RegularFile
            || status.Links != 2
            || status.Uid != uid
            || status.Gid != gid
            || (status.Mode & 0xFFF) != mode
            || status.Size != (ulong)content.Length)
        {
            return false;
        }

        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(content.Length + 1);
        try
        {
            // One byte more than expected is asked for, so a file that grew is noticed; a regular file
            // reads short only at its end, so one read is enough when it holds what it should.
            var total = 0;
            while (total <= content.Length)
            {
                var wanted = content.Length + 1 - total;
                var read = RandomAccess.Read(handle, buffer.AsSpan(total, wanted), total);
                total += read;
                if (read < wanted)
                {
                    break;
                }
            }

            return total == content.Length && buffer.AsSpan(0, total).SequenceEqual(content);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsRealDirectory(string path)
    {
        var info = new DirectoryInfo(path);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string created);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    // struct statx: the same layout on every Linux architecture.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(16)]
        public uint Links;

        [FieldOffset(20)]
        public uint Uid;

        [FieldOffset(24)]
        public uint Gid;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(40)]
        public ulong Size;
    }
}
