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
    public static string Serialize(object? tree) => Emit(null, [emitter => Write(emitter, tree)], Text);

    /// <summary>
    /// One YAML document for <paramref name="value"/>, after <paramref name="prefix"/>: its maps, lists
    /// and literals written as they are walked and only the rest (references, composed text, documents)
    /// resolved by <paramref name="resolver"/>; the same text as serializing the resolved tree, without
    /// building it first.
    /// </summary>
    public static string Serialize(PlanValue value, PlanValueResolver resolver, string? prefix = null) =>
        Emit(prefix, [emitter => Write(emitter, value, resolver)], Text);

    /// <summary>
    /// The UTF-8 bytes of <see cref="Serialize(PlanValue, PlanValueResolver, string?)"/>, as a file
    /// holds them: encoded from the emitter's buffer, without the text as a string in between.
    /// </summary>
    public static byte[] SerializeUtf8(PlanValue value, PlanValueResolver resolver, string? prefix = null) =>
        Emit(prefix, [emitter => Write(emitter, value, resolver)], Utf8);

    /// <summary>Several documents separated by <c>---</c>, as a multi-object manifest file.</summary>
    public static string SerializeAll(IEnumerable<object?> trees) => string.Join("---\n", trees.Select(Serialize));

    /// <summary>Several plan values as documents separated by <c>---</c>, each written as it is walked.</summary>
    public static string SerializeAll(IEnumerable<PlanValue> values, PlanValueResolver resolver) =>
        Emit(null, values.Select(v => (Action<IEmitter>)(emitter => Write(emitter, v, resolver))), Text);

    /// <summary>The UTF-8 bytes of <see cref="SerializeAll(IEnumerable{PlanValue}, PlanValueResolver)"/>, written into one buffer.</summary>
    public static byte[] SerializeAllUtf8(IEnumerable<PlanValue> values, PlanValueResolver resolver) =>
        Emit(null, values.Select(v => (Action<IEmitter>)(emitter => Write(emitter, v, resolver))), Utf8);

    // A render writes hundreds of documents per thread; each reuses the thread's buffer instead of
    // growing a new one. A document nested in another (a resolved cloud-init) takes a buffer of its own.
    [ThreadStatic]
    private static StringBuilder? spare;

    // Each document is a stream of its own, as when serialized alone; documents after the first
    // follow a "---" line. The result is read from the buffer before it is reused.
    private static T Emit<T>(string? prefix, IEnumerable<Action<IEmitter>> documents, Func<StringBuilder, T> result)
    {
        var buffer = spare ?? new StringBuilder(4096);
        spare = null;
        try
        {
            buffer.Append(prefix);
            var writer = new StringWriter(buffer, CultureInfo.InvariantCulture) { NewLine = "\n" };
            var first = true;
            foreach (var body in documents)
            {
                if (!first)
                {
                    buffer.Append("---\n");
                }

                first = false;
                var emitter = new Emitter(writer, Settings);
                emitter.Emit(new StreamStart());
                emitter.Emit(new DocumentStart(null, null, isImplicit: true));
                body(emitter);
                emitter.Emit(new DocumentEnd(isImplicit: true));
                emitter.Emit(new StreamEnd());
            }

            return result(buffer);
        }
        finally
        {
            buffer.Clear();
            spare = buffer;
        }
    }

    private static string Text(StringBuilder buffer) => buffer.ToString();

    // The same bytes as Encoding.UTF8.GetBytes(buffer.ToString()), through a pooled copy of the characters.
    private static byte[] Utf8(StringBuilder buffer)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(buffer.Length);
        try
        {
            buffer.CopyTo(0, chars, buffer.Length);
            var text = chars.AsSpan(0, buffer.Length);
            var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, bytes);
            return bytes;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static readonly EmitterSettings Settings = new(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false);

    private static void Write(IEmitter emitter, PlanValue value, PlanValueResolver resolver)
    {
        switch (value)
        {
            case MapValue map:
                emitter.Emit(new MappingStart(null, null, true, map.Entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, item) in map.Entries)
                {
                    emitter.Emit(StringScalar(key));
                    Write(emitter, item, resolver);
                }

                emitter.Emit(new MappingEnd());
                break;
            case ListValue list:
                emitter.Emit(new SequenceStart(null, null, true, list.Items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    Write(emitter, item, resolver);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case LiteralValue literal:
                Write(emitter, literal.Value);
                break;
            default:
                Write(emitter, resolver.Resolve(value));
                break;
        }
    }

    private static void Write(IEmitter emitter, object? node)
    {
        switch (node)
        {
            case null:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case string s:
                emitter.Emit(StringScalar(s));
                break;
            case bool b:
                emitter.Emit(new Scalar(null, null, b ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            case long or int or double:
                emitter.Emit(new Scalar(null, null, Convert.ToString(node, CultureInfo.InvariantCulture)!, ScalarStyle.Plain, true, false));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                var entries = map as IReadOnlyCollection<KeyValuePair<string, object?>> ?? map.ToList();
                emitter.Emit(new MappingStart(null, null, true, entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var entry in entries)
                {
                    emitter.Emit(StringScalar(entry.Key));
                    Write(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case System.Collections.ICollection list:
                emitter.Emit(new SequenceStart(null, null, true, list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list)
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case System.Collections.IEnumerable list:
                var items = list.Cast<object?>().ToList();
                emitter.Emit(new SequenceStart(null, null, true, items.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in items)
                {
                    Write(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"cannot write a {node.GetType().Name} as YAML");
        }
    }

    private static Scalar StringScalar(string value)
    {
        // The emitter falls back to a quoted style by itself where a literal block cannot hold the text.
        if (value.Contains('\n'))
        {
            return new Scalar(null, null, value, ScalarStyle.Literal, false, true);
        }

        var style = NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        return new Scalar(null, null, value, style, style == ScalarStyle.Any, true);
    }

    private static bool NeedsQuotes(string value) => value.Length == 0 || Ambiguous().IsMatch(value);

    // What YAML 1.1 resolves to bool, null, int or float, plus sexagesimal and octal forms.
    [GeneratedRegex(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*|(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN)|<<|=)\z")]
    private static partial Regex Ambiguous();
}
