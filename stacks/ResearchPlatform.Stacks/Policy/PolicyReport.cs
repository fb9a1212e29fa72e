using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>Policy findings as people read them, as JSON, and as SARIF 2.1.0 for code-scanning tools.</summary>
public static class PolicyReport
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One line per finding, then a summary line.</summary>
    public static string Text(string stack, IReadOnlyList<PolicyFinding> findings) =>
        string.Concat(findings.Select(f => f + "\n")) +
        (findings.Count == 0
            ? $"stack '{stack}' passes all {PolicyChecker.Rules.Count} policy rules\n"
            : $"stack '{stack}': {findings.Count} policy finding(s)\n");

    /// <summary>The findings as a JSON document.</summary>
    public static string Json(string stack, IReadOnlyList<PolicyFinding> findings) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("stack", stack);
        w.WriteNumber("rules", PolicyChecker.Rules.Count);
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteString("resource", f.Resource);
            w.WriteString("object", f.Object);
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The findings as a SARIF 2.1.0 log: one run, every rule described, one result per finding.</summary>
    public static string Sarif(string stack, IReadOnlyList<PolicyFinding> findings) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "research-platform check");
        w.WriteStartArray("rules");
        foreach (var rule in PolicyChecker.Rules)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteStartObject("shortDescription");
            w.WriteString("text", rule.Description);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartArray("results");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", f.Rule);
            w.WriteString("level", "error");
            w.WriteStartObject("message");
            w.WriteString("text", f.Object.Length > 0 ? $"{f.Object}: {f.Message}" : f.Message);
            w.WriteEndObject();
            w.WriteStartArray("locations");
            w.WriteStartObject();
            w.WriteStartArray("logicalLocations");
            w.WriteStartObject();
            w.WriteString("fullyQualifiedName", $"{stack}/{f.Resource}");
            w.WriteString("kind", "resource");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            body(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }
}
