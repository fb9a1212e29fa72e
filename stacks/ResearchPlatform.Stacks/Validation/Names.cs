using System.Text.RegularExpressions;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>Name shapes the platform relies on.</summary>
public static partial class Names
{
    /// <summary>Whether <paramref name="name"/> is an RFC 1123 DNS label.</summary>
    public static bool IsDnsLabel(string name) => name.Length <= 63 && Label().IsMatch(name);

    /// <summary>Whether <paramref name="name"/> is a DNS name of one or more labels.</summary>
    public static bool IsDnsName(string name) => name.Length <= 253 && name.Split('.').All(IsDnsLabel);

    /// <summary>The message for a name that is not a DNS label.</summary>
    public static string NotALabel(string name) =>
        $"must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got '{name}')";

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Label();
}
