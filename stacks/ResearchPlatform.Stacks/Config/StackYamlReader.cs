using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// Reads stack file YAML into config nodes within limits, so that no input can crash, hang or exhaust
/// the tool: a size cap, a nesting cap, and a cap on the nodes aliases expand to (an alias bomb is
/// refused before anything is expanded). Keys must be text and unique; <c>secure:</c> leaves stay opaque.
/// </summary>
public sealed class StackYamlReader
{
    /// <summary>The largest stack file read: settings, not data.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>How deep mappings and lists may nest.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many nodes the document may hold once every alias is expanded.</summary>
    public const long MaxNodes = 200_000;

    private readonly Dictionary<string, (ConfigNode Node, long Size)> anchors = new(StringComparer.Ordinal);
    private readonly IParser parser;
    private long nodes;

    private StackYamlReader(string text) => parser = new Parser(new StringReader(text));

    /// <summary>The first document's root, or null for an empty file.</summary>
    /// <exception cref="StackYamlException">The text is not YAML this tool reads, with where and why.</exception>
    public static ConfigNode? Read(string text)
    {
        if (text.Length > MaxCharacters)
        {
            throw new StackYamlException(null, $"is {text.Length / 1024} KiB; a stack file holds settings, at most {MaxCharacters / 1024} KiB");
        }

        var reader = new StackYamlReader(text);
        try
        {
            return reader.ReadDocument();
        }
        catch (StackYamlException)
        {
            throw;
        }
        catch (YamlException e)
        {
            throw new StackYamlException(e.Start, $"not valid YAML: {(e.InnerException ?? e).Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input (an unclosed flow sequence) with these.
            throw new StackYamlException(reader.parser.Current?.Start, "not valid YAML: the document ends inside a mapping or list, or has a token out of place");
        }
    }

    private ConfigNode? ReadDocument()
    {
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(1).Node;
        parser.Consume<DocumentEnd>();
        return root;
    }

    private (ConfigNode Node, long Size) ReadNode(int depth)
    {
        if (depth > MaxDepth)
        {
            throw new StackYamlException(parser.Current?.Start, $"nests deeper than {MaxDepth} levels");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new StackYamlException(alias.Start, $"alias *{alias.Value.Value} names no anchor before it");
            }

            return Count(target, alias.Start);
        }

        var (node, size, anchor) = parser.Current switch
        {
            Scalar => ReadScalar(),
            SequenceStart => ReadSequence(depth),
            MappingStart => ReadMapping(depth),
            var other => throw new StackYamlException(other?.Start, "not valid YAML: a value was expected"),
        };
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (node, size);
        }

        return (node, size);
    }

    private (ConfigNode, long, AnchorName) ReadScalar()
    {
        var scalar = parser.Consume<Scalar>();
        var plain = scalar.Style == ScalarStyle.Plain;
        ConfigNode node = plain && scalar.Value is "null" or "~" or "" or "Null" or "NULL"
            ? new ConfigScalar(null)
            : new ConfigScalar(scalar.Value) { Boolean = plain && scalar.Value is "true" or "false" or "True" or "False" or "TRUE" or "FALSE" };
        Count((node, 1), scalar.Start);
        return (node, 1, scalar.Anchor);
    }

    private (ConfigNode, long, AnchorName) ReadSequence(int depth)
    {
        var start = parser.Consume<SequenceStart>();
        var items = new List<ConfigNode>();
        long size = 1;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var (item, itemSize) = ReadNode(depth + 1);
            items.Add(item);
            size += itemSize;
        }

        Count((null!, 1), start.Start);
        return (new ConfigSequence(items), size, start.Anchor);
    }

    private (ConfigNode, long, AnchorName) ReadMapping(int depth)
    {
        var start = parser.Consume<MappingStart>();
        var entries = new List<KeyValuePair<string, ConfigNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long size = 1;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (!parser.TryConsume<Scalar>(out var key) || key.Value is null)
            {
                throw new StackYamlException(parser.Current?.Start, "a key must be a plain name, not a list, mapping or complex key");
            }

            if (!seen.Add(key.Value))
            {
                throw new StackYamlException(key.Start, $"key '{Shown.Of(key.Value)}' appears twice in one mapping; keep one");
            }

            var (value, valueSize) = ReadNode(depth + 1);
            entries.Add(KeyValuePair.Create(key.Value, value));
            size += valueSize;
        }

        Count((null!, 1), start.Start);
        ConfigNode node = entries is [{ Key: "secure" }] ? ConfigSecret.Instance : new ConfigMapping(entries);
        return (node, size, start.Anchor);
    }

    // Counts what a node adds to the expanded document; an alias adds its whole target again.
    private (ConfigNode Node, long Size) Count((ConfigNode Node, long Size) node, Mark at)
    {
        nodes += node.Size;
        if (nodes > MaxNodes)
        {
            throw new StackYamlException(at, $"expands to more than {MaxNodes} values (aliases repeat what they name); write the values out");
        }

        return node;
    }
}
