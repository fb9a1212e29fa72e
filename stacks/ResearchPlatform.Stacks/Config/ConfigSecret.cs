namespace ResearchPlatform.Stacks.Config;

/// <summary>
/// A <c>secure:</c> leaf. Only the fact that a secret is there is kept: the ciphertext is never
/// read, so no value can leak from the offline tools.
/// </summary>
public sealed record ConfigSecret : ConfigNode
{
    /// <summary>The one secret marker.</summary>
    public static readonly ConfigSecret Instance = new();

    public override string Shape => "a secret";
}
