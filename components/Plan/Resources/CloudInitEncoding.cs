namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>How cloud-init data travels in a VM's <c>guestinfo</c> ExtraConfig.</summary>
public enum CloudInitEncoding
{
    /// <summary><c>base64</c>.</summary>
    Base64,

    /// <summary><c>gzip+base64</c>: smaller, for user-data that carries certificates and manifests.</summary>
    GzipBase64,
}
