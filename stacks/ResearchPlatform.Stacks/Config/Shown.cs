using System.Globalization;
using System.Text;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// How a value from the stack file appears in a message: control characters, terminal escapes and
/// bidirectional overrides escaped (so no input can rewrite the terminal or hide text), and long
/// values cut, so one error stays one readable line.
/// </summary>
public static class Shown
{
    /// <summary>The longest value echoed in a message.</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="value"/> escaped and cut to <see cref="MaxLength"/> characters.</summary>
    public static string Of(string value) =>
        value.Length <= MaxLength ? Escape(value) : $"{Escape(value[..MaxLength])}... ({value.Length} characters)";

    /// <summary><paramref name="text"/> with every control, format and separator character other than a space written as an escape.</summary>
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when NeedsEscape(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Whether <paramref name="c"/> is invisible or acts on the terminal: controls, bidi and other format characters, line and paragraph separators.</summary>
    public static bool NeedsEscape(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse;
}
