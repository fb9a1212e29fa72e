namespace ResearchPlatform.Components.ModelServing;

/// <summary>
/// The upstream images model serving runs, pinned by tag and digest in one place. The model server
/// itself is the platform's derived image (<c>images/model-server/</c>), whose digest the stack names.
/// Digests were taken from public pins, not pulled here: re-resolve them with <c>crane digest</c>
/// against the site's registry mirror before the first production deployment.
/// </summary>
public static class ModelServingImages
{
    /// <summary>oauth2-proxy, which signs users in through the broker in front of each model.</summary>
    public const string OAuth2Proxy = "quay.io/oauth2-proxy/oauth2-proxy:v7.15.5@sha256:8498b0d0ef0a7b29686414000a08aee467f02d0299c9ed1e006a8f33fc017916";
}
