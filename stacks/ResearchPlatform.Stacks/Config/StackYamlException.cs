using YamlDotNet.Core;

namespace ResearchPlatform.Stacks.Config;

/// <summary>Stack file text the tool does not read, with where (when known) and why.</summary>
public sealed class StackYamlException(Mark? at, string message) : Exception(message)
{
    /// <summary>The line and column, or null when the problem is the whole file.</summary>
    public Mark? At { get; } = at;
}
