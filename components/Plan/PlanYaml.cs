using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Plan;

/// <summary>
/// Writes plain trees as YAML that every consumer reads the same way: multi-line strings as literal
/// blocks, and strings that a YAML 1.1 reader (Kubernetes, Helm, cloud-init) would take for a number,
/// boolean or null quoted. Output depends only on the tree, so renders are byte-identical.
/// </summary>
public static partial class PlanYaml
{
    /// <summary>One YAML document for <paramref name="tree"/>, ending in a newline.</summary>
    public static string Serialize(object? tree) => Emit(null, [writer => WriteTree(writer, tree)], Text);

    /// <summary>
    /// One YAML document for <paramref name="value"/>, after <paramref name="prefix"/>: its maps, lists
    /// and literals written as they are walked and only the rest (references, composed text, documents)
    /// resolved by <paramref name="resolver"/>; the same text as serializing the resolved tree, without
    /// building it first.
    /// </summary>
    public static string Serialize(PlanValue value, PlanValueResolver resolver, string? prefix = null) =>
        Emit(prefix, [writer => Write(writer, value, resolver)], Text);

    /// <summary>
    /// The UTF-8 bytes of <see cref="Serialize(PlanValue, PlanValueResolver, string?)"/>, as a file
    /// holds them: encoded from the emitter's buffer, without the text as a string in between.
    /// </summary>
    public static byte[] SerializeUtf8(PlanValue value, PlanValueResolver resolver, string? prefix = null) =>
        Emit(prefix, [writer => Write(writer, value, resolver)], Utf8);

    /// <summary>Several documents separated by <c>---</c>, as a multi-object manifest file.</summary>
    public static string SerializeAll(IEnumerable<object?> trees) => string.Join("---\n", trees.Select(Serialize));

    /// <summary>Several plan values as documents separated by <c>---</c>, each written as it is walked.</summary>
    public static string SerializeAll(IEnumerable<PlanValue> values, PlanValueResolver resolver) =>
        Emit(null, values.Select(v => (Action<IYamlNodeWriter>)(writer => Write(writer, v, resolver))), Text);

    /// <summary>The UTF-8 bytes of <see cref="SerializeAll(IEnumerable{PlanValue}, PlanValueResolver)"/>, written into one buffer.</summary>
    public static byte[] SerializeAllUtf8(IEnumerable<PlanValue> values, PlanValueResolver resolver) =>
        Emit(null, values.Select(v => (Action<IYamlNodeWriter>)(writer => Write(writer, v, resolver))), Utf8);

    // A render writes hundreds of documents per thread; each reuses the thread's buffer instead of
    // growing a new one. A document nested in another (a resolved cloud-init) takes a buffer of its own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? spare;

    // Each document is a stream of its own, as when serialized alone; documents after the first
    // follow a "---" line. PlanYamlEmitter writes the documents it supports; any other is written by
    // YamlDotNet's emitter, and its bytes are the same either way.
    private static T Emit<T>(string? prefix, IEnumerable<Action<IYamlNodeWriter>> documents, Func<ReadOnlySpan<byte>, T> result)
    {
        var buffer = spare ?? new ArrayBufferWriter<byte>(4096);
        spare = null;
        try
        {
            Encoding.UTF8.GetBytes(prefix.AsSpan(), buffer);
            var first = true;
            foreach (var body in documents)
            {
                if (!first)
                {
                    buffer.Write("---\n"u8);
                }

                first = false;
                var start = buffer.WrittenCount;
                if (!TryPlanYamlEmitter(body, buffer))
                {
                    // The document's partial bytes are dropped: the buffer keeps what precedes them.
                    var written = buffer.WrittenSpan[..start].ToArray();
                    buffer.ResetWrittenCount();
                    buffer.Write(written);
                    Encoding.UTF8.GetBytes(WithYamlDotNet(body), buffer);
                }
            }

            return result(buffer.WrittenSpan);
        }
        finally
        {
            buffer.ResetWrittenCount();
            spare = buffer;
        }
    }

    /// <summary>The document as YamlDotNet's own emitter writes it: the reference <see cref="PlanYamlEmitter"/> is held to.</summary>
    internal static string WithYamlDotNet(Action<IYamlNodeWriter> body)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        body(new YamlDotNetNodeWriter(emitter));
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>The document as <see cref="PlanYamlEmitter"/> writes it, or <see langword="null"/> where it leaves the document to YamlDotNet.</summary>
    internal static string? WithPlanYamlEmitter(Action<IYamlNodeWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        return TryPlanYamlEmitter(body, buffer) ? Text(buffer.WrittenSpan) : null;
    }

    // Appends the document to the buffer; false, with part of it appended, where PlanYamlEmitter leaves it to YamlDotNet.
    private static bool TryPlanYamlEmitter(Action<IYamlNodeWriter> body, ArrayBufferWriter<byte> buffer)
    {
        try
        {
            var emitter = new PlanYamlEmitter(buffer);
            body(emitter);
            emitter.End();
            return true;
        }
        catch (UnsupportedYamlEventException)
        {
            return false;
        }
    }

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static byte[] Utf8(ReadOnlySpan<byte> bytes) => bytes.ToArray();

    private static readonly EmitterSettings Settings = new(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false);

    private static void Write(IYamlNodeWriter writer, PlanValue value, PlanValueResolver resolver)
    {
        switch (value)
        {
            case MapValue map:
                writer.MappingStart(map.Entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block);
                foreach (var (key, item) in map.Entries)
                {
                    WriteString(writer, key);
                    Write(writer, item, resolver);
                }

                writer.MappingEnd();
                break;
            case ListValue list:
                writer.SequenceStart(list.Items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block);
                foreach (var item in list.Items)
                {
                    Write(writer, item, resolver);
                }

                writer.SequenceEnd();
                break;
            case LiteralValue literal:
                WriteTree(writer, literal.Value);
                break;
            default:
                WriteTree(writer, resolver.Resolve(value));
                break;
        }
    }

    /// <summary>The events of a plain tree (maps, lists and scalars) as one YAML node.</summary>
    internal static void WriteTree(IYamlNodeWriter writer, object? node)
    {
        switch (node)
        {
            case null:
                writer.Scalar("null", ScalarStyle.Plain, true, false);
                break;
            case string s:
                WriteString(writer, s);
                break;
            case bool b:
                writer.Scalar(b ? "true" : "false", ScalarStyle.Plain, true, false);
                break;
            case long or int or double:
                writer.Scalar(Convert.ToString(node, CultureInfo.InvariantCulture)!, ScalarStyle.Plain, true, false);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                var entries = map as IReadOnlyCollection<KeyValuePair<string, object?>> ?? map.ToList();
                writer.MappingStart(entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block);
                foreach (var entry in entries)
                {
                    WriteString(writer, entry.Key);
                    WriteTree(writer, entry.Value);
                }

                writer.MappingEnd();
                break;
            case System.Collections.ICollection list:
                writer.SequenceStart(list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block);
                foreach (var item in list)
                {
                    WriteTree(writer, item);
                }

                writer.SequenceEnd();
                break;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().ToList();
                writer.SequenceStart(items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block);
                foreach (var item in items)
                {
                    WriteTree(writer, item);
                }

                writer.SequenceEnd();
                break;
            default:
                throw new ArgumentException($"cannot write a {node.GetType().Name} as YAML");
        }
    }

    private static void WriteString(IYamlNodeWriter writer, string value)
    {
        // The emitter falls back to a quoted style by itself where a literal block cannot hold the text.
        if (value.Contains('\n'))
        {
            writer.Scalar(value, ScalarStyle.Literal, false, true);
            return;
        }

        var style = NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        writer.Scalar(value, style, style == ScalarStyle.Any, true);
    }

    // Every form Ambiguous matches starts with one of these characters; most text is ruled out by its first.
    private static bool NeedsQuotes(string value) =>
        value.Length == 0 || (value[0] is 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~' or '-' or '+' or '.' or '<' or '=' or (>= '0' and <= '9') && Ambiguous().IsMatch(value));

    // What YAML 1.1 resolves to bool, null, int or float, plus sexagesimal and octal forms.
    [GeneratedRegex(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*|(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN)|<<|=)\z")]
    private static partial Regex Ambiguous();
}
