using System.Text;
using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>A file-by-file comparison of two renders, as a reviewer reads prod against dr.</summary>
public static class TreeDiff
{
    /// <summary>Lines of context kept around each change.</summary>
    public const int Context = 2;

    /// <summary>The differences: files only on one side, and changed lines of files on both.</summary>
    public static string Format(string leftName, RenderedTree left, string rightName, RenderedTree right)
    {
        var text = new StringBuilder();
        var paths = left.Files.Keys.Union(right.Files.Keys).Order(StringComparer.Ordinal).ToList();
        int same = 0, changed = 0, onlyLeft = 0, onlyRight = 0;
        foreach (var path in paths)
        {
            var inLeft = left.Files.TryGetValue(path, out var a);
            var inRight = right.Files.TryGetValue(path, out var b);
            if (!inRight)
            {
                onlyLeft++;
                text.Append($"only in {leftName}: {path}\n");
            }
            else if (!inLeft)
            {
                onlyRight++;
                text.Append($"only in {rightName}: {path}\n");
            }
            else if (a == b)
            {
                same++;
            }
            else
            {
                changed++;
                text.Append($"--- {leftName}/{path}\n+++ {rightName}/{path}\n");
                text.Append(Lines(a!, b!));
            }
        }

        text.Append($"{changed} changed, {onlyLeft} only in {leftName}, {onlyRight} only in {rightName}, {same} identical\n");
        return text.ToString();
    }

    /// <summary>The changed lines of two texts with <see cref="Context"/> lines around them.</summary>
    public static string Lines(string left, string right)
    {
        var lines = InlineDiffBuilder.Diff(left, right, ignoreWhiteSpace: false).Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                if (i > 0 && keep[i - 1])
                {
                    text.Append("  ...\n");
                }

                continue;
            }

            var mark = lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' };
            text.Append(mark).Append(' ').Append(lines[i].Text).Append('\n');
        }

        return text.ToString();
    }
}
