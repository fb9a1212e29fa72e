using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Entry;

/// <summary>The platform's Gateway, as tools attach their routes to it.</summary>
/// <param name="Name">The Gateway's name.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Hostnames">The host names it serves: each has an HTTPS listener and a certificate of its own.</param>
/// <param name="Domain">The platform domain: every tool's host name is one label under it.</param>
/// <param name="Ready">The resource that creates the Gateway: routes wait for it.</param>
public sealed record GatewayHandle(string Name, string Namespace, IReadOnlyList<string> Hostnames, string Domain, PlanResource Ready)
{
    /// <summary>Whether <paramref name="hostname"/> has its HTTPS listener on the Gateway.</summary>
    public bool Serves(string hostname) => Hostnames.Contains(hostname, StringComparer.Ordinal);

    /// <summary>The HTTPS listener a route for <paramref name="hostname"/> attaches to (its <c>sectionName</c>).</summary>
    /// <exception cref="ArgumentException">The Gateway has no listener for it: the section does not declare it in its Hostnames.</exception>
    public string Listener(string hostname) => Serves(hostname)
        ? EntryPoint.Listener(hostname)
        : throw new ArgumentException($"the Gateway has no HTTPS listener for {hostname}: declare it in the section's Hostnames", nameof(hostname));
}
