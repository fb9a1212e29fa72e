using System.Text.RegularExpressions;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>No secret value is written into the plan: every password, key or token is a reference to config or a generated secret.</summary>
public sealed partial class SecretValueRule : IPolicyRule
{
    public string Id => "secret-value";

    public string Description => "every password, key, token and secret in the plan is a reference (secret config or a generated secret), never a value";

    public IEnumerable<PolicyFinding> Check(PlatformPlan plan, IReadOnlyList<PolicyObject> objects)
    {
        foreach (var component in plan.Components)
        {
            foreach (var resource in component.Resources.Where(r => r.Spec is KubernetesSecretSpec))
            {
                var secret = (KubernetesSecretSpec)resource.Spec;
                foreach (var (key, _) in secret.StringData.Where(e => SecretName().IsMatch(e.Key) && !e.Value.IsSecret && e.Value is not TextValue { Parts.Count: 0 }))
                {
                    yield return new(Id, $"{component.Name}/{resource.Name}", $"Secret {secret.Namespace}/{secret.SecretName}", $"key {key} holds a value written into the plan: make it a secret config reference or a generated secret");
                }
            }
        }

        foreach (var (where, path, map) in HelmValueMaps.Of(plan))
        {
            // Beside a secretName, secretKey names a key of that Secret (a chart's {envName, secretName, secretKey}).
            var named = map.ContainsKey("secretName");
            foreach (var (key, _) in map.Where(e => SecretName().IsMatch(e.Key) && e.Value is string { Length: > 0 } text && !text.StartsWith("${", StringComparison.Ordinal) && !NotSecret().IsMatch(e.Key)
                && !(named && e.Key == "secretKey")))
            {
                yield return new(Id, where, $"values {(path.Length == 0 ? key : $"{path}.{key}")}", "holds a value written into the plan: pass a secret reference instead");
            }
        }
    }

    [GeneratedRegex("(?i)(password|passwd|secret|token|apikey|api_key|privatekey|private_key|accesskey|secretkey)")]
    private static partial Regex SecretName();

    // Names that mention a secret but hold only its name or location.
    [GeneratedRegex("(?i)(secretname|secretref|existingsecret|existingconfigsecret|secretkeyref|tlssecret|secretenv|secretsecret|configsecret|tokenpath|keysecret|credentialssecret|fromsecret|passwordkey|token_url|tokenurl)")]
    private static partial Regex NotSecret();
}
