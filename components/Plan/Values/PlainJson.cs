using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// A plain tree (maps, lists, text, numbers, booleans, null) written as indented JSON without
/// reflection, so the native build writes exactly what the JIT build does.
/// </summary>
public static class PlainJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary><paramref name="tree"/> as indented JSON, with a final line break.</summary>
    /// <exception cref="ArgumentException">The tree holds something other than plain values.</exception>
    public static string Write(object? tree)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, tree);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// <paramref name="value"/> as indented JSON, its maps, lists and literals written as they are
    /// walked and only the rest (references, composed text, documents) resolved by <paramref name="resolver"/>:
    /// the same text as writing the resolved tree, without building it first.
    /// </summary>
    public static string Write(PlanValue value, PlanValueResolver resolver) => Encoding.UTF8.GetString(WriteUtf8(value, resolver).Span);

    /// <summary>
    /// The same JSON as <see cref="Write(PlanValue, PlanValueResolver)"/>, as UTF-8: for a file, without
    /// the text in between (plan.json is the largest file of a render).
    /// </summary>
    /// <param name="value">The value to write.</param>
    /// <param name="resolver">Resolves what is not a map, list or literal.</param>
    /// <param name="expectedBytes">About how long the JSON will be, so the buffer rarely has to grow.</param>
    public static ReadOnlyMemory<byte> WriteUtf8(PlanValue value, PlanValueResolver resolver, int expectedBytes = 256)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(Math.Max(expectedBytes, 256));
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, value, resolver);
        }

        System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);
        return buffer.WrittenMemory;
    }

    private static void Write(Utf8JsonWriter writer, PlanValue value, PlanValueResolver resolver)
    {
        switch (value)
        {
            case MapValue map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, resolver);
                }

                writer.WriteEndObject();
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item, resolver);
                }

                writer.WriteEndArray();
                break;
            case LiteralValue literal:
                Write(writer, literal.Value);
                break;
            default:
                Write(writer, resolver.Resolve(value));
                break;
        }
    }

    private static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} is not a plain JSON value", nameof(value));
        }
    }
}
