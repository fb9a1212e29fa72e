using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchPlatform.Components.Plan;

/// <summary>
/// Writes plain trees as YAML that every consumer reads the same way: multi-line strings as literal
/// blocks, and strings that a YAML 1.1 reader (Kubernetes, Helm, cloud-init) would take for a number,
/// boolean or null quoted. Output depends only on the tree, so renders are byte-identical.
/// </summary>
public static partial class PlanYaml
{
    /// <summary>One YAML document for <paramref name="tree"/>, ending in a newline.</summary>
    public static string Serialize(object? tree)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: false));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        Write(emitter, tree);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>Several documents separated by <c>---</c>, as a multi-object manifest file.</summary>
    public static string SerializeAll(IEnumerable<object?> trees) => string.Join("---\n", trees.Select(Serialize));

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
                var entries = map.ToList();
                emitter.Emit(new MappingStart(null, null, true, entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var entry in entries)
                {
                    emitter.Emit(StringScalar(entry.Key));
                    Write(emitter, entry.Value);
                }

                emitter.Emit(new MappingEnd());
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
