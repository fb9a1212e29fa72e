namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// Marks a text key that may span lines (a PEM certificate, a message). Every other text key must be
/// one line without control characters or surrounding spaces: a name or version with a hidden newline
/// would reach host names and pins unnoticed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MultiLineAttribute : Attribute
{
}
