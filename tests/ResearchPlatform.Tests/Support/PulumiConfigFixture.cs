using System.Text.Json;
using YamlDotNet.Serialization;

namespace ResearchPlatform.Tests.Support;

/// <summary>
/// A stack file's config as the Pulumi engine hands it to a program: one value per key, objects as
/// JSON text, <c>secure:</c> leaves decrypted (to a stand-in value), and the names of the secret keys.
/// Shared by the offline tests and the Pulumi mock tests.
/// </summary>
public static class PulumiConfigFixture
{
    /// <summary>The stand-in for every decrypted secret.</summary>
    public const string Decrypted = "s3cr3t-Decrypted-Value";

    /// <param name="path">The stack file.</param>
    /// <param name="merged">Whether Pulumi gets it merged over its layer, as CI runs it (stack-config); false: the stack file as it is.</param>
    public static (List<KeyValuePair<string, string?>> Values, HashSet<string> SecretKeys) FromStackFile(string path, bool merged = true)
    {
        var file = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(File.ReadAllText(path));
        var values = new List<KeyValuePair<string, string?>>();
        var secretKeys = new HashSet<string>(StringComparer.Ordinal);
        var config = (Dictionary<object, object?>)file["config"]!;

        // CI runs Pulumi on the file stack-config merges: the platform layer under the stack's own config.
        if (merged && config.Remove("research-platform:layer", out var layer) && layer is string name)
        {
            var definition = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, name)));
            config = (Dictionary<object, object?>)Merge(definition["config"], config)!;
        }

        foreach (var (key, value) in config)
        {
            var secret = false;
            var plain = Decrypt(value, ref secret);
            if (secret)
            {
                secretKeys.Add((string)key);
            }

            values.Add(KeyValuePair.Create<string, string?>((string)key, plain is string s ? s : JsonSerializer.Serialize(plain)));
        }

        return (values, secretKeys);
    }

    private static object? Merge(object? lower, object? upper)
    {
        if (lower is not Dictionary<object, object?> l || upper is not Dictionary<object, object?> u || l.ContainsKey("secure") || u.ContainsKey("secure"))
        {
            return upper;
        }

        var merged = new Dictionary<object, object?>(l);
        foreach (var (key, value) in u)
        {
            merged[key] = merged.TryGetValue(key, out var below) ? Merge(below, value) : value;
        }

        return merged;
    }

    private static object? Decrypt(object? node, ref bool secret)
    {
        switch (node)
        {
            case Dictionary<object, object?> map when map.Count == 1 && map.ContainsKey("secure"):
                secret = true;
                return Decrypted;
            case Dictionary<object, object?> map:
                var result = new Dictionary<string, object?>();
                foreach (var (k, v) in map)
                {
                    result[(string)k] = Decrypt(v, ref secret);
                }

                return result;
            case List<object?> list:
                var items = new List<object?>();
                foreach (var item in list)
                {
                    items.Add(Decrypt(item, ref secret));
                }

                return items;
            default:
                return node;
        }
    }
}
