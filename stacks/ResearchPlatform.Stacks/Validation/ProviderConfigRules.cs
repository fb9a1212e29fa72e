using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>
/// The keys outside the project's namespace: the vSphere provider's connection (server, user,
/// secret password, verified TLS), and nothing that would be silently ignored.
/// </summary>
public static class ProviderConfigRules
{
    private static readonly string[] Namespaces = [ConfigPath.Namespace, "vsphere", "pulumi"];

    /// <summary>The provider keys the project reads.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["vsphere:vsphereServer", "vsphere:user", "vsphere:password", "vsphere:allowUnverifiedSsl"];

    /// <summary>The violations in the raw config of a stack.</summary>
    public static IEnumerable<ConfigError> Check(RawStackConfig raw)
    {
        var set = $"pulumi config set -s {raw.Stack}";
        foreach (var (key, example) in new[] { ("vsphere:vsphereServer", "vcenter.example.org"), ("vsphere:user", "svc-pulumi@vsphere.local") })
        {
            switch (raw[key])
            {
                case null:
                    yield return new(key, $"is required: add it to {raw.Source} ({set} {key} {example})");
                    break;
                case not ConfigScalar:
                    yield return new(key, "must be a single value");
                    break;
            }
        }

        if (raw["vsphere:password"] is not ConfigSecret)
        {
            yield return new("vsphere:password", raw["vsphere:password"] is null
                ? $"is required: add it to {raw.Source} as a secret ({set} --secret vsphere:password <value>)"
                : $"must be a secret, so that it is stored encrypted ({set} --secret vsphere:password <value>)");
        }

        // Judged by what the provider reads (Go's strconv.ParseBool): every spelling of true, and a
        // secret, whose value the offline tools cannot see, are refused alike.
        switch (raw["vsphere:allowUnverifiedSsl"])
        {
            case null:
            case ConfigScalar { Value: "0" or "f" or "F" or "false" or "False" or "FALSE" }:
                break;
            case ConfigScalar { Value: "1" or "t" or "T" or "true" or "True" or "TRUE" }:
                yield return new("vsphere:allowUnverifiedSsl", "must not be true: the vCenter certificate is verified; trust its CA on the machine that runs Pulumi instead");
                break;
            case ConfigSecret or ConfigScalar { Decrypted: true }:
                yield return new("vsphere:allowUnverifiedSsl", "must not be a secret: whether TLS is verified must be visible in review; set it to false or remove it");
                break;
            case var other:
                yield return new("vsphere:allowUnverifiedSsl", $"must be false or absent (got {other.Shape}); the vCenter certificate is always verified");
                break;
        }

        foreach (var key in raw.Keys.Select(k => k.Key))
        {
            var ns = key.Contains(':') ? key[..key.IndexOf(':')] : "";
            if (ns == "kubernetes")
            {
                yield return new(key, "has no effect: the platform's Kubernetes provider is built from the plan; remove the key");
            }
            else if (!Namespaces.Contains(ns))
            {
                yield return new(key, $"is not a key this project reads; keys are research-platform:<section>, vsphere:<setting> or pulumi:<setting>");
            }
        }
    }
}
