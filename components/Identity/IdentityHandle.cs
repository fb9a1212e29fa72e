using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Identity;

/// <summary>The broker as its clients see it: the issuer and each client's secret.</summary>
/// <param name="Issuer">The OIDC issuer URL.</param>
/// <param name="Secrets">Each client's generated secret, by client id.</param>
/// <param name="Ready">The broker's release: clients' logins work once it is up.</param>
public sealed record IdentityHandle(string Issuer, IReadOnlyDictionary<string, OutputReference> Secrets, PlanResource Ready)
{
    public string AuthorizeUrl => $"{Issuer}/auth";

    public string TokenUrl => $"{Issuer}/token";

    public string UserinfoUrl => $"{Issuer}/userinfo";

    /// <summary>The secret of client <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">The broker has no such client.</exception>
    public OutputReference Secret(string id) => Secrets.TryGetValue(id, out var secret)
        ? secret
        : throw new ArgumentException($"the identity broker has no client '{id}': declare it in the section's Clients", nameof(id));
}
