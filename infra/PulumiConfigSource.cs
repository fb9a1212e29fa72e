using System.Text.Json;
using ResearchPlatform.Stacks.Config;
using PulumiConfig = Pulumi.Config;

namespace ResearchPlatform.Infra;

/// <summary>
/// The stack's config read through Pulumi's config API into the raw config the offline tool binds
/// too: one config model, two sources.
/// </summary>
public static class PulumiConfigSource
{
    /// <summary>
    /// The variable in which the Pulumi engine names the config keys that hold secrets. The SDK has
    /// no public API for it; its language host protocol has carried this variable for years.
    /// </summary>
    public const string SecretKeysVariable = "PULUMI_CONFIG_SECRET_KEYS";

    /// <summary>Reads every key the project knows for <paramref name="stack"/>.</summary>
    /// <exception cref="ConfigException">The stack file names a platform layer: Pulumi was given it unmerged.</exception>
    public static RawStackConfig Read(string stack)
    {
        // Pulumi reads one file per stack; the layer's values reach the program only through the
        // file stack-config merges. Without it, every shared value would read as missing.
        var layer = PlatformLayer.Key;
        if (new PulumiConfig(layer[..layer.IndexOf(':')]).Get(layer[(layer.IndexOf(':') + 1)..]) is { } named)
        {
            throw new ConfigException(stack, [new ConfigError(layer,
                $"names the platform layer {named}, so this is the stack file itself, not the merged one: run Pulumi with " +
                $"research-platform stack-config {stack} > /tmp/Pulumi.{stack}.yaml and pulumi up -s {stack} --config-file /tmp/Pulumi.{stack}.yaml")]);
        }

        var values = PulumiConfigValues.KnownKeys.Select(key =>
        {
            var separator = key.IndexOf(':');
            return KeyValuePair.Create(key, new PulumiConfig(key[..separator]).Get(key[(separator + 1)..]));
        });
        return PulumiConfigValues.ToRaw(stack, values, SecretKeys());
    }

    private static HashSet<string> SecretKeys()
    {
        var text = Environment.GetEnvironmentVariable(SecretKeysVariable);
        return string.IsNullOrWhiteSpace(text)
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(JsonSerializer.Deserialize<string[]>(text) ?? [], StringComparer.Ordinal);
    }
}
