namespace ResearchPlatform.Components.Plan.Values;

/// <summary>An output of another plan resource (a generated password, a certificate, a VM id).</summary>
/// <param name="Resource">The logical name of the resource that produces the value.</param>
/// <param name="Output">The output's name, as the resource kind declares it.</param>
/// <param name="Secret">Whether the output is secret.</param>
public sealed record OutputReference(string Resource, string Output, bool Secret) : ReferenceValue
{
    public override bool IsSecretValue => Secret;

    public override string DisplayName => $"{Resource}.{Output}";
}
