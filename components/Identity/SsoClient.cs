namespace ResearchPlatform.Components.Identity;

/// <summary>A tool that signs its users in through the broker (an OIDC client with a generated secret).</summary>
/// <param name="Id">The client id, a DNS label (<c>jupyterhub</c>).</param>
/// <param name="Name">What the login page calls it.</param>
/// <param name="RedirectUris">Where the broker may send users back (the tool's OAuth callback).</param>
public sealed record SsoClient(string Id, string Name, IReadOnlyList<string> RedirectUris)
{
    /// <summary>The environment variable the broker reads this client's secret from.</summary>
    public string SecretVariable => $"CLIENT_SECRET_{Id.Replace('-', '_').ToUpperInvariant()}";
}
