using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary><c>research-platform:objectStorage.external.keys.&lt;identity&gt;</c>: a key pair the external store issued.</summary>
public sealed record S3KeysConfig
{
    public required SecretValue AccessKeyId { get; init; }

    public required SecretValue SecretAccessKey { get; init; }
}
