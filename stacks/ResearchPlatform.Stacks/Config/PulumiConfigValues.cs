using System.Text.Json;

namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// Raw config from Pulumi's own config API, the second source besides the stack file. Pulumi hands
/// a program each key's value (objects as JSON text, secrets already decrypted) and the names of the
/// keys that hold a secret. Under such a key every leaf arrives decrypted; the binder keeps only the
/// paths of the leaves that are secrets, never their values.
/// </summary>
public static class PulumiConfigValues
{
    /// <summary>
    /// Every key the project reads. Pulumi's config API cannot list a stack's keys, so the program asks
    /// for these; a misspelt key is caught by <c>research-platform validate</c>, which reads the file.
    /// </summary>
    public static IReadOnlyList<string> KnownKeys { get; } =
    [
        .. ConfigBinder.KeysOf(typeof(StackConfig)).Select(k => ConfigPath.Section(k.Key)),
        .. Validation.ProviderConfigRules.Keys,
    ];

    /// <summary>Raw config from full keys to their values (null when unset) and the set of secret keys.</summary>
    public static RawStackConfig ToRaw(string stack, IEnumerable<KeyValuePair<string, string?>> values, IReadOnlySet<string> secretKeys)
    {
        var keys = new List<KeyValuePair<string, ConfigNode>>();
        foreach (var (key, text) in values)
        {
            if (text is null)
            {
                continue;
            }

            var decrypted = secretKeys.Contains(key);
            keys.Add(KeyValuePair.Create(key, Node(text, decrypted)));
        }

        return new RawStackConfig(stack, $"Pulumi.{stack}.yaml", keys) { SecretKeys = secretKeys };
    }

    private static ConfigNode Node(string text, bool decrypted)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                using var json = JsonDocument.Parse(text);
                return FromJson(json.RootElement, decrypted);
            }
            catch (JsonException)
            {
                // Not JSON after all: a plain string value that starts with a bracket.
            }
        }

        return decrypted ? ConfigSecret.Instance : new ConfigScalar(text);
    }

    private static ConfigNode FromJson(JsonElement json, bool decrypted) => json.ValueKind switch
    {
        JsonValueKind.Object => new ConfigMapping(json.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value, decrypted))).ToList()),
        JsonValueKind.Array => new ConfigSequence(json.EnumerateArray().Select(e => FromJson(e, decrypted)).ToList()),
        JsonValueKind.Null => new ConfigScalar(null),
        JsonValueKind.String => new ConfigScalar(json.GetString()) { Decrypted = decrypted },
        _ => new ConfigScalar(json.GetRawText()) { Decrypted = decrypted },
    };
}
