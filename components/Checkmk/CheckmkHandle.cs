namespace ResearchPlatform.Components.Checkmk;

/// <summary>What the site's Checkmk server is configured with: where to read, and the token and CA it reads with.</summary>
/// <param name="CollectorUrl">The cluster collector (<c>https://10.41.20.102:8080</c>).</param>
/// <param name="ApiServer">The API server URL, whose CA (the cluster CA) also signs the collector's certificate.</param>
/// <param name="Namespace">The agent's namespace.</param>
/// <param name="TokenSecret">The Secret whose <c>token</c> and <c>ca.crt</c> the Checkmk server uses.</param>
public sealed record CheckmkHandle(string CollectorUrl, string ApiServer, string Namespace, string TokenSecret);
