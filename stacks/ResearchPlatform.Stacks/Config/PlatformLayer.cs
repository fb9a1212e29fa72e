using System.Text.RegularExpressions;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// The platform layer: a file beside the stack files, in their format, holding everything the sites
/// share. A stack file names it with <see cref="Key"/>; its values lie under the stack file's, which win
/// key by key. Pulumi itself reads one file per stack, so <c>stack-config</c> writes the merged one it runs with.
/// </summary>
public static partial class PlatformLayer
{
    /// <summary>The config key that names the layer (<c>research-platform:layer: platform.yaml</c>).</summary>
    public const string Key = ConfigPath.Namespace + ":layer";

    /// <summary>Whether <paramref name="name"/> is a file the layer may be: a YAML file beside the stack files, not a path.</summary>
    public static bool IsFileName(string name) => FileName().IsMatch(name) && !name.StartsWith("Pulumi.", StringComparison.Ordinal);

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.yaml\z")]
    private static partial Regex FileName();
}
