namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// A <c>secure:</c> value of the stack config, named by its key path
/// (<c>research-platform:storage.svms[0].password</c>). Only the Pulumi realizer reads the value,
/// through Pulumi's own secret config.
/// </summary>
public sealed record ConfigSecretReference(string KeyPath) : ReferenceValue
{
    public override bool IsSecretValue => true;

    public override string DisplayName => $"config:{KeyPath}";
}
