namespace ResearchPlatform.Stacks.Config;

/// <summary>A plain scalar; <see cref="Value"/> is null for an explicit YAML null.</summary>
public sealed record ConfigScalar(string? Value) : ConfigNode
{
    public override string Shape => Value is null ? "null" : $"'{Value}'";
}
