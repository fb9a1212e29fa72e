namespace ResearchPlatform.Components.Plan;

/// <summary>
/// What YamlDotNet's emitter learns about a scalar before it picks a style (its private
/// <c>AnalyzeScalar</c>, for an emitter writing Unicode in block context), computed in one pass over
/// the text. Only for text of tabs, line feeds and printable characters outside the surrogates:
/// <see cref="Of"/> returns <see langword="null"/> for anything else, which YamlDotNet then writes.
/// </summary>
internal readonly record struct YamlScalarAnalysis(
    bool IsMultiline,
    bool IsBlockPlainAllowed,
    bool IsSingleQuotedAllowed,
    bool IsBlockAllowed,
    bool HasSingleQuotes)
{
    /// <summary>The analysis of <paramref name="value"/>, or <see langword="null"/> when it holds a character outside the supported set.</summary>
    public static YamlScalarAnalysis? Of(string value)
    {
        if (value.Length == 0)
        {
            // An untagged empty scalar: never plain, never a block.
            return new(IsMultiline: false, IsBlockPlainAllowed: false, IsSingleQuotedAllowed: true, IsBlockAllowed: false, HasSingleQuotes: false);
        }

        var blockIndicators = value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal);
        bool leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false, leadingQuote = false;
        bool breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
        bool lineOfSpaces = false, linesOfSpaces = false, lineBreaks = false, singleQuotes = false;
        var precededByWhitespace = true;
        var last = value.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var c = value[i];
            if (!IsSupported(c))
            {
                return null;
            }

            // The emitter looks one character ahead; past the end it sees '\0', which counts as white.
            var followedByWhitespace = i == last || IsWhiteOrBreak(value[i + 1]);
            if (i == 0)
            {
                if (c is '#' or ',' or '[' or ']' or '{' or '}' or '&' or '*' or '!' or '|' or '>' or '"' or '%' or '@' or '`' or '\'')
                {
                    blockIndicators = true;
                    leadingQuote = c == '\'';
                    singleQuotes |= c == '\'';
                }

                if (c is '?' or ':' && followedByWhitespace)
                {
                    blockIndicators = true;
                }

                if (c == '-' && followedByWhitespace)
                {
                    blockIndicators = true;
                }
            }
            else
            {
                if (c == ':' && followedByWhitespace)
                {
                    blockIndicators = true;
                }

                if (c == '#' && precededByWhitespace)
                {
                    blockIndicators = true;
                }

                singleQuotes |= c == '\'';
            }

            if (c == ' ')
            {
                leadingSpace |= i == 0;
                trailingSpace |= i == last;
                if (previousBreak)
                {
                    breakSpace = true;
                    lineOfSpaces = true;
                }

                previousSpace = true;
                previousBreak = false;
            }
            else if (c == '\n')
            {
                lineBreaks = true;
                leadingBreak |= i == 0;
                trailingBreak |= i == last;
                spaceBreak |= previousSpace;
                linesOfSpaces |= lineOfSpaces;
                previousSpace = false;
                previousBreak = true;
            }
            else
            {
                previousSpace = false;
                previousBreak = false;
                lineOfSpaces = false;
            }

            precededByWhitespace = IsWhiteOrBreak(c);
        }

        var plain = !(leadingSpace || leadingBreak || trailingSpace || trailingBreak || leadingQuote)
            && !breakSpace && !spaceBreak && !lineBreaks && !blockIndicators;
        return new(
            IsMultiline: lineBreaks,
            IsBlockPlainAllowed: plain,
            IsSingleQuotedAllowed: !breakSpace && !spaceBreak,
            IsBlockAllowed: !trailingSpace && !linesOfSpaces,
            HasSingleQuotes: singleQuotes);
    }

    // Tab, line feed and YAML's printable characters, less the other line breaks (\x85, \u2028,
    // \u2029) and the surrogates, whose handling differs between the emitter's writers.
    private static bool IsSupported(char c) =>
        c is '\t' or '\n' or (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD');

    private static bool IsWhiteOrBreak(char c) => c is ' ' or '\t' or '\n';
}
