using System.Text.Json;
using Pulumi;
using ResearchPlatform.Stacks.Config;
using PulumiConfig = Pulumi.Config;

namespace ResearchPlatform.Infra;

/// <summary>
/// Reads a secret of the stack config by its key path, through Pulumi's config API, as a secret
/// output: the value never passes through the plan.
/// </summary>
public sealed class SecretConfigResolver
{
    private readonly Dictionary<string, Output<JsonElement>> sections = new(StringComparer.Ordinal);

    /// <summary>The secret at <paramref name="keyPath"/> (<c>research-platform:storage.svms[0].password</c>).</summary>
    public Output<string> Resolve(string keyPath)
    {
        var path = ConfigKeyPath.Parse(keyPath);
        if (!sections.TryGetValue(path.Key, out var section))
        {
            var (ns, key) = (path.Key[..path.Key.IndexOf(':')], path.Key[(path.Key.IndexOf(':') + 1)..]);
            var config = new PulumiConfig(ns);
            section = path.Segments.Count == 0
                ? config.RequireSecret(key).Apply(text => JsonSerializer.SerializeToElement(text))
                : config.RequireSecretObject<JsonElement>(key);
            sections[path.Key] = section;
        }

        return section.Apply(root => path.Navigate(root).ToString());
    }
}
