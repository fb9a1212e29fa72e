using System.Text;

namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// Turns a plan value into a plain tree (<see cref="OrderedDictionary{TKey,TValue}"/>, <see cref="List{T}"/>,
/// string, long, double, bool, null). Both realizers use it: the Pulumi program with the deployed values
/// of the references, the offline renderer with <see cref="Symbolic"/>, which shows each reference by name.
/// </summary>
public sealed class PlanValueResolver
{
    private readonly Func<ReferenceValue, string> reference;
    private readonly bool symbolic;

    /// <summary>A resolver that looks up each reference's deployed value.</summary>
    public PlanValueResolver(Func<ReferenceValue, string> reference)
        : this(reference, symbolic: false)
    {
    }

    private PlanValueResolver(Func<ReferenceValue, string> reference, bool symbolic)
    {
        this.reference = reference;
        this.symbolic = symbolic;
    }

    /// <summary>
    /// The reviewer's resolver: <c>${resource.output}</c>, <c>${secret:resource.output}</c> and
    /// <c>${secret:config:research-platform:key.path}</c>; encodings of deploy-time text are shown, not computed.
    /// </summary>
    public static PlanValueResolver Symbolic { get; } = new(
        r => r.IsSecretValue ? $"${{secret:{r.DisplayName}}}" : $"${{{r.DisplayName}}}",
        symbolic: true);

    /// <summary>The plain tree for <paramref name="value"/>.</summary>
    public object? Resolve(PlanValue value) => value switch
    {
        LiteralValue literal => literal.Value,
        MapValue map => ResolveMap(map),
        ListValue list => list.Items.Select(Resolve).ToList(),
        ReferenceValue r => reference(r),
        TextValue text => string.Concat(text.Parts.Select(ResolveText)),
        Base64Value { Inner: ReferenceValue r } when symbolic => $"${{base64:{(r.IsSecretValue ? "secret:" : "")}{r.DisplayName}}}",
        Base64Value b when symbolic && b.Inner.HasReferences => $"${{base64({ResolveText(b.Inner)})}}",
        Base64Value b => Convert.ToBase64String(Encoding.UTF8.GetBytes(ResolveText(b.Inner))),
        YamlDocumentValue or JsonDocumentValue when symbolic => SymbolicDocuments.GetValue(value, d => new Lazy<string>(() => Document(d))).Value,
        YamlDocumentValue or JsonDocumentValue => Document(value),
        _ => throw new ArgumentException($"unknown plan value {value.GetType().Name}", nameof(value)),
    };

    // A document (a node's cloud-init) is shown in several files of one render; its symbolic text is
    // the same each time, so it is serialized once per document. Once, not once per thread: plan.json
    // and the node's own files are written on different cores at the same time, and the later one
    // waits for the text instead of serializing it again.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanValue, Lazy<string>> SymbolicDocuments = new();

    private string Document(PlanValue value) => value switch
    {
        YamlDocumentValue doc => PlanYaml.Serialize(doc.Content, this, doc.Header is null ? null : doc.Header + "\n"),
        JsonDocumentValue doc => PlainJson.Write(doc.Content, this),
        _ => throw new ArgumentException($"{value.GetType().Name} is not a document", nameof(value)),
    };

    /// <summary>The value as text; a value that resolves to a map or list is an error.</summary>
    public string ResolveText(PlanValue value) => Resolve(value) switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        var other => throw new ArgumentException($"a {other.GetType().Name} cannot stand in text", nameof(value)),
    };

    private OrderedDictionary<string, object?> ResolveMap(MapValue map)
    {
        var result = new OrderedDictionary<string, object?>(map.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            result.Add(entry.Key, Resolve(entry.Value));
        }

        return result;
    }
}
