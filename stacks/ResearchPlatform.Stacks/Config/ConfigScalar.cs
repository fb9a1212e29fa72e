namespace ResearchPlatform.Stacks.Config;

/// <summary>A plain scalar; <see cref="Value"/> is null for an explicit YAML null.</summary>
public sealed record ConfigScalar(string? Value) : ConfigNode
{
    /// <summary>
    /// Whether the value came decrypted from a secret key of Pulumi's config. Such a scalar may stand
    /// where a secret belongs; the binder then keeps its path and drops the value.
    /// </summary>
    public bool Decrypted { get; init; }

    /// <summary>
    /// Whether the source wrote a boolean (YAML's plain <c>true</c>/<c>false</c>, JSON's literals), not
    /// text: such a value where text belongs is a mistake, not the word.
    /// </summary>
    public bool Boolean { get; init; }

    public override string Shape => Value is null ? "null" : Decrypted ? "a secret value" : $"'{Value}'";
}
