namespace ResearchPlatform.Components.Plan.Values;

/// <summary>A value known only at deploy time.</summary>
public abstract record ReferenceValue : PlanValue
{
    /// <summary>Whether the value must stay secret wherever it flows.</summary>
    public abstract bool IsSecretValue { get; }

    /// <summary>How a reviewer reads the reference in rendered files, e.g. <c>cluster-ca-cert.certPem</c>.</summary>
    public abstract string DisplayName { get; }

    internal override void Collect(List<ReferenceValue> found) => found.Add(this);
}
