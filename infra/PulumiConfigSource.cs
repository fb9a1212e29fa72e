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
    public static RawStackConfig Read(string stack)
    {
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
