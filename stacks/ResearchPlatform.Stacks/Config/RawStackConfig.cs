namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// A stack's config as Pulumi holds it: full keys (<c>research-platform:cluster</c>, <c>vsphere:user</c>)
/// to raw nodes. The YAML stack file and Pulumi's own config API are two sources of it.
/// </summary>
/// <param name="Stack">The stack name.</param>
/// <param name="Source">Where it came from, for messages (<c>Pulumi.prod.yaml</c>).</param>
/// <param name="Keys">The config keys in source order.</param>
public sealed record RawStackConfig(string Stack, string Source, IReadOnlyList<KeyValuePair<string, ConfigNode>> Keys)
{
    /// <summary>
    /// Keys whose values arrived decrypted (from Pulumi's config API). Messages about values under
    /// them are redacted before they are shown. Empty for the stack file, whose secrets stay ciphertext.
    /// </summary>
    public IReadOnlySet<string> SecretKeys { get; init; } = new HashSet<string>();

    /// <summary>The platform layer the stack file builds on (<c>platform.yaml</c>), or null for a stack file that is the whole platform.</summary>
    public string? Layer { get; init; }

    /// <summary>
    /// With a platform layer, the values the stack file itself sets (<see cref="ConfigLayers.ValuePaths"/>):
    /// only site values may be among them. Empty without a layer, where the stack file is the whole platform.
    /// </summary>
    public IReadOnlyList<string> SitePaths { get; init; } = [];

    /// <summary>The other sites of the same platform (stack files beside this one on the same layer), with their roles.</summary>
    public IReadOnlyList<SitePeer> Peers { get; init; } = [];

    /// <summary>The node under a full key, or null.</summary>
    public ConfigNode? this[string key] => Keys.FirstOrDefault(k => k.Key == key).Value;
}
