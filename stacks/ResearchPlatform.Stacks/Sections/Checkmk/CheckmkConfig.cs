using System.Net;

namespace ResearchPlatform.Stacks.Sections.Checkmk;

/// <summary><c>research-platform:checkmk</c>: the Checkmk Kubernetes agent and who may read its cluster collector.</summary>
public sealed record CheckmkConfig
{
    /// <summary>A free address of the site subnet that kube-vip announces for the cluster collector (<c>10.41.20.102</c>).</summary>
    public required IPAddress CollectorAddress { get; init; }

    /// <summary>The site's Checkmk server (<c>10.40.5.20</c>): the only address let in to the collector.</summary>
    public required IPAddress Server { get; init; }
}
