using System.Text;

namespace ResearchPlatform.Components.Plan;

/// <summary>Enum names as the upstream tools spell them (<c>OntapNasEconomy</c> is <c>ontap-nas-economy</c>).</summary>
public static class Kebab
{
    public static string Of(Enum value)
    {
        var name = value.ToString();
        var text = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
