namespace ResearchPlatform.Components.Checkmk;

/// <summary>Inputs of <see cref="Checkmk"/>.</summary>
public sealed record CheckmkArgs
{
    /// <summary>The address kube-vip announces for the cluster collector, on the node network.</summary>
    public required string CollectorAddress { get; init; }

    /// <summary>The site's Checkmk server (a CIDR, <c>10.40.5.20/32</c>): the only source let in to the collector.</summary>
    public required string Server { get; init; }

    /// <summary>The namespace. Default: <c>checkmk</c>.</summary>
    public string Namespace { get; init; } = Checkmk.Namespace;

    /// <summary>The chart.</summary>
    public Plan.Resources.HelmChart Chart { get; init; } = CheckmkCharts.Agent;

    /// <summary>How long the collector's certificate is valid; Pulumi replaces it once <see cref="EarlyRenewalHours"/> remain.</summary>
    public int CertificateValidityHours { get; init; } = 8760;

    /// <summary>When before expiry the next <c>pulumi up</c> renews the collector's certificate (30 days).</summary>
    public int EarlyRenewalHours { get; init; } = 720;
}
