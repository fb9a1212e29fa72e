namespace ResearchPlatform.Components.Kubernetes;

/// <summary>
/// The images the platform names itself (not those its charts bring), pinned by tag and digest in
/// one place. Digests were taken from public pins, not pulled here: re-resolve them with
/// <c>crane digest</c> against the site's registry mirror before the first production deployment.
/// </summary>
public static class PlatformImages
{
    /// <summary>kubectl for the platform's wait-for-CRDs Jobs; within the skew kubectl supports against the cluster's 1.35 API server.</summary>
    public const string Kubectl = "registry.k8s.io/kubectl:v1.35.1@sha256:c93e4fb811b3217ef69ee7a79a9a15fb277887cd1c3002fbe154e676037a274a";
}
