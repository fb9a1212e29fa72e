using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Entry;

/// <summary>The platform's Gateway, as tools attach their routes to it.</summary>
/// <param name="Name">The Gateway's name.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="SectionName">The HTTPS listener routes attach to.</param>
/// <param name="Domain">The platform domain: every tool's host name is one label under it.</param>
/// <param name="Ready">The resource that creates the Gateway: routes wait for it.</param>
public sealed record GatewayHandle(string Name, string Namespace, string SectionName, string Domain, PlanResource Ready)
{
    /// <summary>Whether <paramref name="hostname"/> is served by the Gateway's HTTPS listener (one label under the domain).</summary>
    public bool Serves(string hostname) =>
        hostname.EndsWith("." + Domain, StringComparison.Ordinal) && !hostname[..^(Domain.Length + 1)].Contains('.', StringComparison.Ordinal);
}
