namespace ResearchPlatform.Components.Plan.Values;

/// <summary>A scalar known when the plan is built: a string, a whole number, a decimal, a boolean or null.</summary>
public sealed record LiteralValue : PlanValue
{
    /// <summary>A null literal.</summary>
    public static readonly LiteralValue Null = new((object?)null);

    public LiteralValue(object? value)
    {
        Value = value switch
        {
            null or string or bool or long or double => value,
            int i => (long)i,
            _ => throw new ArgumentException(
                $"literal plan values are strings, numbers, booleans or null (got {value.GetType().Name})", nameof(value)),
        };
    }

    /// <summary>The scalar: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or null.</summary>
    public object? Value { get; }

    internal override void Collect(List<ReferenceValue> found) { }
}
