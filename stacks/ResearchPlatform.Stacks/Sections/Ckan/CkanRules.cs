using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Ckan;

/// <summary>CKAN's host, its pinned image, its search tier and size, and the three keys both sites must share.</summary>
public sealed class CkanRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:ckan", "research-platform:storage.tiers"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.Ckan is not { } ckan)
        {
            yield break;
        }

        var root = ConfigPath.Section("ckan");
        if (!Names.IsDnsName(ckan.Hostname))
        {
            yield return new(ConfigPath.Child(root, "hostname"), $"must be the catalog's DNS name, such as data.dsp.uni-example.edu (got '{ckan.Hostname}')");
        }

        if (!Formats.IsPinnedImage(ckan.Image))
        {
            yield return new(ConfigPath.Child(root, "image"), Formats.NotPinned("registry.uni-example.edu/research-platform/ckan:2.11.4-1", ckan.Image));
        }

        if (config.Storage.Tiers.All(t => t.Name != ckan.SearchTier))
        {
            yield return new(ConfigPath.Child(root, "searchTier"), $"'{ckan.SearchTier}' is not a storage tier; declared: {string.Join(", ", config.Storage.Tiers.Select(t => t.Name))} (research-platform:storage.tiers)");
        }

        if (!Formats.IsQuantity(ckan.SearchSize))
        {
            yield return new(ConfigPath.Child(root, "searchSize"), $"must be a Kubernetes quantity such as 20Gi (got '{ckan.SearchSize}')");
        }

        foreach (var (key, value, why) in new[]
        {
            ("apiTokenSecret", ckan.ApiTokenSecret, "it signs the API tokens people and scripts use, which must keep working when the DR site takes over"),
            ("sessionSecret", ckan.SessionSecret, "it signs the session cookies, which must stay valid when the DR site takes over"),
            ("csrfSecret", ckan.CsrfSecret, "it signs the forms' CSRF tokens, which must stay valid when the DR site takes over"),
        })
        {
            if (value is null)
            {
                yield return new(ConfigPath.Child(root, key),
                    $"is required: {why}, so set one value in both stacks: pulumi config set --secret --path 'research-platform:ckan.{key}' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr");
            }
        }
    }
}
