namespace ResearchPlatform.Components.Valkey;

/// <summary>
/// The Valkey image the tools' caches run, pinned by tag and digest in one place (taken from public
/// pins: re-resolve with <c>crane digest</c> against the site's registry mirror before the first deployment).
/// </summary>
public static class ValkeyImages
{
    /// <summary>Valkey 9.1 (the BSD-licensed Redis fork), Alpine.</summary>
    public const string Valkey = "docker.io/valkey/valkey:9.1.2-alpine@sha256:48332870af354a799964c0012ae1194a0bf2bf894eb508f945810596dc2d8d11";
}
