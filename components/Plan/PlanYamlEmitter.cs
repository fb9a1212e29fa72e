using System.Buffers;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchPlatform.Components.Plan;

/// <summary>
/// YamlDotNet's emitter for the one-document streams <see cref="PlanYaml"/> writes, straight to
/// UTF-8: the same bytes as <see cref="Emitter"/> with <see cref="PlanYaml"/>'s settings, without the
/// emitter's event objects, its lookahead queue and its per-character scalar analysis (most of a
/// render's time). Its states and whitespace rules are YamlDotNet's, kept in the same shape so the
/// two can be compared.
/// </summary>
/// <remarks>
/// It takes block mappings and sequences, empty flow ones, and scalars whose text
/// <see cref="YamlScalarAnalysis"/> supports, in an implicit document. Anything else (a key that is
/// not a simple key, a root scalar, a folded scalar, a flow collection with items) throws
/// <see cref="UnsupportedYamlEventException"/>; the caller then writes the whole document with
/// YamlDotNet instead.
/// </remarks>
internal sealed class PlanYamlEmitter : IYamlNodeWriter
{
    private const int BestIndent = 2;
    private const int MaxSimpleKeyLength = 1024;

    private enum State
    {
        DocumentContent,
        DocumentEnd,
        BlockSequenceFirstItem,
        BlockSequenceItem,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingSimpleValue,
        Ended,
    }

    private enum Kind
    {
        Scalar,
        MappingStart,
        MappingEnd,
        SequenceStart,
        SequenceEnd,
        DocumentEnd,
    }

    // One event, on the stack: the walkers write some twenty thousand per render.
    private readonly record struct Node(Kind Kind, string Value = "", ScalarStyle Style = ScalarStyle.Any, bool IsPlainImplicit = true, bool IsQuotedImplicit = true, bool IsFlow = false);

    private readonly ArrayBufferWriter<byte> output;
    private readonly Stack<State> states = new();
    private readonly Stack<int> indents = new();
    private State state = State.DocumentContent;

    // A collection's start waits for the next event: YamlDotNet writes a start followed by its end
    // as an empty flow collection.
    private Node? pendingStart;

    // As YamlDotNet's emitter has them after the stream start and an implicit document start.
    private int indent = -1;
    private int column;
    private bool isWhitespace = true;
    private bool isIndentation = true;
    private bool isMappingContext;
    private bool isSimpleKeyContext;

    /// <summary>An emitter whose document is appended to <paramref name="output"/>.</summary>
    public PlanYamlEmitter(ArrayBufferWriter<byte> output) => this.output = output;

    /// <inheritdoc/>
    public void Scalar(string value, ScalarStyle style, bool isPlainImplicit, bool isQuotedImplicit) =>
        Emit(new Node(Kind.Scalar, value, style, isPlainImplicit, isQuotedImplicit));

    /// <inheritdoc/>
    public void MappingStart(MappingStyle style) => Emit(new Node(Kind.MappingStart, IsFlow: style == MappingStyle.Flow));

    /// <inheritdoc/>
    public void MappingEnd() => Emit(new Node(Kind.MappingEnd));

    /// <inheritdoc/>
    public void SequenceStart(SequenceStyle style) => Emit(new Node(Kind.SequenceStart, IsFlow: style == SequenceStyle.Flow));

    /// <inheritdoc/>
    public void SequenceEnd() => Emit(new Node(Kind.SequenceEnd));

    /// <summary>Ends the document and its stream, as YamlDotNet's implicit document end does.</summary>
    public void End() => Emit(new Node(Kind.DocumentEnd));

    private void Emit(Node node)
    {
        if (pendingStart is { } start)
        {
            pendingStart = null;
            var mapping = start.Kind == Kind.MappingStart;
            if (node.Kind == (mapping ? Kind.MappingEnd : Kind.SequenceEnd))
            {
                WriteIndicator(mapping ? "{" : "[", needWhitespace: true, whitespace: true, indentation: false);
                WriteIndicator(mapping ? "}" : "]", needWhitespace: false, whitespace: false, indentation: false);
                state = states.Pop();
                return;
            }

            if (start.IsFlow)
            {
                throw Unsupported("a flow collection with items");
            }

            state = mapping ? State.BlockMappingFirstKey : State.BlockSequenceFirstItem;
        }

        switch (state)
        {
            case State.DocumentContent:
                if (node.Kind == Kind.Scalar)
                {
                    // An empty root scalar makes YamlDotNet write an explicit "---".
                    throw Unsupported("a scalar as the document");
                }

                states.Push(State.DocumentEnd);
                EmitNode(node, isMapping: false, isSimpleKey: false);
                break;
            case State.DocumentEnd:
                Expect(node, Kind.DocumentEnd);
                WriteIndent();
                state = State.Ended;
                break;
            case State.BlockSequenceFirstItem:
            case State.BlockSequenceItem:
                EmitBlockSequenceItem(node, state == State.BlockSequenceFirstItem);
                break;
            case State.BlockMappingFirstKey:
            case State.BlockMappingKey:
                EmitBlockMappingKey(node, state == State.BlockMappingFirstKey);
                break;
            case State.BlockMappingSimpleValue:
                states.Push(State.BlockMappingKey);
                EmitNode(node, isMapping: true, isSimpleKey: false);
                break;
            default:
                throw Unsupported("an event after the end of the document");
        }
    }

    private void EmitBlockSequenceItem(Node node, bool isFirst)
    {
        if (isFirst)
        {
            IncreaseIndent(isFlow: false, isIndentless: isMappingContext && !isIndentation);
        }

        if (node.Kind == Kind.SequenceEnd)
        {
            indent = indents.Pop();
            state = states.Pop();
            return;
        }

        WriteIndent();
        WriteIndicator("-", needWhitespace: true, whitespace: false, indentation: true);
        states.Push(State.BlockSequenceItem);
        EmitNode(node, isMapping: false, isSimpleKey: false);
    }

    private void EmitBlockMappingKey(Node node, bool isFirst)
    {
        if (isFirst)
        {
            IncreaseIndent(isFlow: false, isIndentless: false);
        }

        if (node.Kind == Kind.MappingEnd)
        {
            indent = indents.Pop();
            state = states.Pop();
            return;
        }

        WriteIndent();
        if (node.Kind != Kind.Scalar)
        {
            throw Unsupported($"a {node.Kind} where a key belongs");
        }

        var analysis = Analyze(node);
        if (analysis.IsMultiline || node.Value.Length > MaxSimpleKeyLength)
        {
            throw Unsupported("a key that is not a simple key");
        }

        states.Push(State.BlockMappingSimpleValue);
        isMappingContext = true;
        isSimpleKeyContext = true;
        EmitScalar(node, analysis);
        WriteIndicator(":", needWhitespace: false, whitespace: false, indentation: false);
    }

    private void EmitNode(Node node, bool isMapping, bool isSimpleKey)
    {
        isMappingContext = isMapping;
        isSimpleKeyContext = isSimpleKey;
        switch (node.Kind)
        {
            case Kind.Scalar:
                EmitScalar(node, Analyze(node));
                break;
            case Kind.MappingStart or Kind.SequenceStart:
                pendingStart = node;
                break;
            default:
                throw Unsupported($"a {node.Kind} where a node belongs");
        }
    }

    private static YamlScalarAnalysis Analyze(Node scalar)
    {
        if (!scalar.IsPlainImplicit && !scalar.IsQuotedImplicit)
        {
            // YamlDotNet refuses a scalar with neither a tag nor an implicit flag.
            throw Unsupported("a scalar that needs a tag");
        }

        return YamlScalarAnalysis.Of(scalar.Value) ?? throw Unsupported("a character the analysis leaves to YamlDotNet");
    }

    // YamlDotNet's SelectScalarStyle in block context, without tags.
    private void EmitScalar(Node scalar, YamlScalarAnalysis analysis)
    {
        var style = scalar.Style;
        if (style == ScalarStyle.Any)
        {
            style = analysis.IsMultiline ? ScalarStyle.Folded : ScalarStyle.Plain;
        }

        if (isSimpleKeyContext && analysis.IsMultiline)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.Plain)
        {
            if (!analysis.IsBlockPlainAllowed)
            {
                style = analysis.IsSingleQuotedAllowed && !analysis.HasSingleQuotes ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
            }

            if (scalar.Value.Length == 0 && isSimpleKeyContext)
            {
                style = ScalarStyle.SingleQuoted;
            }

            if (!scalar.IsPlainImplicit)
            {
                style = ScalarStyle.SingleQuoted;
            }
        }

        if (style == ScalarStyle.SingleQuoted && !analysis.IsSingleQuotedAllowed)
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style is ScalarStyle.Literal or ScalarStyle.Folded && (!analysis.IsBlockAllowed || isSimpleKeyContext))
        {
            style = ScalarStyle.DoubleQuoted;
        }

        if (style == ScalarStyle.ForcePlain)
        {
            style = ScalarStyle.Plain;
        }

        IncreaseIndent(isFlow: true, isIndentless: false);
        switch (style)
        {
            case ScalarStyle.Plain:
                WritePlain(scalar.Value);
                break;
            case ScalarStyle.SingleQuoted:
                WriteSingleQuoted(scalar.Value);
                break;
            case ScalarStyle.DoubleQuoted:
                WriteDoubleQuoted(scalar.Value);
                break;
            case ScalarStyle.Literal:
                WriteLiteral(scalar.Value);
                break;
            default:
                throw Unsupported($"a {style} scalar");
        }

        indent = indents.Pop();
        state = states.Pop();
    }

    private void WritePlain(string value)
    {
        if (value.Contains('\n'))
        {
            throw Unsupported("a line break in a plain scalar");
        }

        if (!isWhitespace)
        {
            Write(' ');
        }

        Write(value.AsSpan());
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteSingleQuoted(string value)
    {
        if (value.Contains('\n'))
        {
            throw Unsupported("a line break in a single-quoted scalar");
        }

        WriteIndicator("'", needWhitespace: true, whitespace: false, indentation: false);
        var rest = value.AsSpan();
        for (var quote = rest.IndexOf('\''); quote >= 0; quote = rest.IndexOf('\''))
        {
            Write(rest[..(quote + 1)]);
            Write('\'');
            rest = rest[(quote + 1)..];
        }

        Write(rest);
        WriteIndicator("'", needWhitespace: false, whitespace: false, indentation: false);
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteDoubleQuoted(string value)
    {
        WriteIndicator("\"", needWhitespace: true, whitespace: false, indentation: false);
        var rest = value.AsSpan();
        for (var escape = rest.IndexOfAny('"', '\\', '\n'); escape >= 0; escape = rest.IndexOfAny('"', '\\', '\n'))
        {
            Write(rest[..escape]);
            Write('\\');
            Write(rest[escape] == '\n' ? 'n' : rest[escape]);
            rest = rest[(escape + 1)..];
        }

        Write(rest);
        WriteIndicator("\"", needWhitespace: false, whitespace: false, indentation: false);
        isWhitespace = false;
        isIndentation = false;
    }

    private void WriteLiteral(string value)
    {
        WriteIndicator("|", needWhitespace: true, whitespace: false, indentation: false);
        if (value[0] is ' ' or '\n')
        {
            WriteIndicator("2", needWhitespace: false, whitespace: false, indentation: false);
        }

        if (value[^1] != '\n')
        {
            WriteIndicator("-", needWhitespace: false, whitespace: false, indentation: false);
        }
        else if (value.Length >= 2 && value[^2] == '\n')
        {
            WriteIndicator("+", needWhitespace: false, whitespace: false, indentation: false);
        }

        WriteBreak();
        isIndentation = true;
        isWhitespace = true;
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (!line.IsEmpty)
            {
                // Only after a break: the first line follows the indicator's own break.
                WriteIndent();
                Write(line);
                isIndentation = false;
            }

            if (end < 0)
            {
                break;
            }

            WriteBreak();
            isIndentation = true;
            rest = rest[(end + 1)..];
        }
    }

    private void IncreaseIndent(bool isFlow, bool isIndentless)
    {
        indents.Push(indent);
        if (indent < 0)
        {
            indent = isFlow ? BestIndent : 0;
        }
        else if (!isIndentless)
        {
            indent += BestIndent;
        }
    }

    private void WriteIndicator(string indicator, bool needWhitespace, bool whitespace, bool indentation)
    {
        if (needWhitespace && !isWhitespace)
        {
            Write(' ');
        }

        Write(indicator.AsSpan());
        isWhitespace = whitespace;
        isIndentation &= indentation;
    }

    private void WriteIndent()
    {
        var current = Math.Max(indent, 0);
        if (!isIndentation || column > current || (column == current && !isWhitespace))
        {
            WriteBreak();
        }

        while (column < current)
        {
            Write(' ');
        }

        isWhitespace = true;
        isIndentation = true;
    }

    private void WriteBreak()
    {
        Write('\n');
        column = 0;
    }

    private void Write(char ascii)
    {
        output.GetSpan(1)[0] = (byte)ascii;
        output.Advance(1);
        column++;
    }

    // The column counts UTF-16 code units, as YamlDotNet's does.
    private void Write(ReadOnlySpan<char> text)
    {
        Encoding.UTF8.GetBytes(text, output);
        column += text.Length;
    }

    private static void Expect(Node node, Kind kind)
    {
        if (node.Kind != kind)
        {
            throw Unsupported($"a {node.Kind} where a {kind} belongs");
        }
    }

    private static UnsupportedYamlEventException Unsupported(string what) => new($"{nameof(PlanYamlEmitter)} leaves {what} to YamlDotNet");
}
