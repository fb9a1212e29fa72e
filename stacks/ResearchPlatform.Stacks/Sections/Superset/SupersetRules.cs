using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Superset;

/// <summary>Superset's host, its pinned image, and the secret key both sites must share.</summary>
public sealed class SupersetRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:superset"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.Superset is not { } superset)
        {
            yield break;
        }

        var root = ConfigPath.Section("superset");
        if (!Names.IsDnsName(superset.Hostname))
        {
            yield return new(ConfigPath.Child(root, "hostname"), $"must be Superset's DNS name, such as superset.dsp.uni-example.edu (got '{superset.Hostname}')");
        }

        if (!Formats.IsPinnedImage(superset.Image))
        {
            yield return new(ConfigPath.Child(root, "image"), Formats.NotPinned("registry.uni-example.edu/research-platform/superset:6.1.0-1", superset.Image));
        }

        if (superset.SecretKey is null)
        {
            yield return new(ConfigPath.Child(root, "secretKey"),
                "is required: Superset encrypts the database credentials it stores with it, and the DR site reads that same database, " +
                "so set one value in both stacks: pulumi config set --secret --path 'research-platform:superset.secretKey' \"$(openssl rand -base64 42)\" -s prod, then the same value with -s dr");
        }
    }
}
