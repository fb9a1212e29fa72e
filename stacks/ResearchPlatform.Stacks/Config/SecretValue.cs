namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// A secret config value, known only by its key path. The plan turns it into a
/// <see cref="Components.Plan.Values.ConfigSecretReference"/>; only the Pulumi program reads the value.
/// </summary>
public sealed record SecretValue(string KeyPath);
