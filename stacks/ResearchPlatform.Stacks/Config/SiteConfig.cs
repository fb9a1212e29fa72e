namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:site</c>: the data center this stack deploys to.</summary>
public sealed record SiteConfig
{
    /// <summary>Short site name, a DNS label; used in names and tags (<c>north</c>).</summary>
    public required string Name { get; init; }

    /// <summary>What the site is, for people reading the render.</summary>
    public string Description { get; init; } = "";

    /// <summary>The DNS domain of platform hosts and endpoints (<c>dsp.uni.example</c>).</summary>
    public required string Domain { get; init; }

    /// <summary>
    /// The site's role: <c>primary</c>, <c>standby</c> (receives replicas) or <c>recovering</c> (takes
    /// over). Default: <c>primary</c>, as a single site is.
    /// </summary>
    public SiteRole Role { get; init; } = SiteRole.Primary;

    /// <summary>The nodes' time zone. Default: <c>Etc/UTC</c>.</summary>
    public string Timezone { get; init; } = "Etc/UTC";

    /// <summary>The VM network.</summary>
    public required NetworkConfig Network { get; init; }
}
