namespace ResearchPlatform.Components.Cluster;

/// <summary>Inputs of <see cref="ClusterPki"/>.</summary>
public sealed record ClusterPkiArgs
{
    /// <summary>The cluster name; resource names start with it.</summary>
    public required string ClusterName { get; init; }

    /// <summary>How long the cluster CA is valid. Default: 10 years, like kubeadm's own CA.</summary>
    public int CaValidityHours { get; init; } = 10 * 365 * 24;

    /// <summary>How long the admin client certificate is valid. Default: 1 year.</summary>
    public int AdminValidityHours { get; init; } = 365 * 24;

    /// <summary>How long before expiry <c>pulumi up</c> renews the admin certificate. Default: 30 days.</summary>
    public int AdminEarlyRenewalHours { get; init; } = 30 * 24;
}
