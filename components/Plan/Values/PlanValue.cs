namespace ResearchPlatform.Components.Plan.Values;

/// <summary>
/// A value in the plan: a literal tree, or something known only at deploy time (a reference to a
/// resource output or a secret stack config value), or text composed from both. Realizers turn it
/// into concrete values with <see cref="PlanValueResolver"/>; nothing in the plan ever holds a secret.
/// </summary>
public abstract record PlanValue
{
    // Values are immutable trees asked for their references again and again; keyed by identity.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlanValue, IReadOnlyList<ReferenceValue>> Found = new();

    /// <summary>The references this value contains, depth first, each once.</summary>
    public IReadOnlyList<ReferenceValue> References() => Found.GetValue(this, static value =>
    {
        var found = new List<ReferenceValue>();
        value.Collect(found);
        return found.Distinct().ToList();
    });

    /// <summary>True when resolving this value needs a deploy-time value.</summary>
    public bool HasReferences => References().Count > 0;

    /// <summary>True when any part of this value is secret, so everything built from it is too.</summary>
    public bool IsSecret => References().Any(r => r.IsSecretValue);

    internal abstract void Collect(List<ReferenceValue> found);

    /// <summary>A string literal; null stays null, so optional map entries drop out.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static implicit operator PlanValue?(string? value) => value is null ? null : new LiteralValue(value);
    public static implicit operator PlanValue(long value) => new LiteralValue(value);
    public static implicit operator PlanValue(int value) => new LiteralValue((long)value);
    public static implicit operator PlanValue(bool value) => new LiteralValue(value);
}
