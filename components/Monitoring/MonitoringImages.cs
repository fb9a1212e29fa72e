namespace ResearchPlatform.Components.Monitoring;

/// <summary>
/// The images the monitoring stack's extra parts run, pinned by tag and digest in one place. The
/// digests were taken from public pins, not pulled here: re-resolve them with <c>crane digest</c>
/// against the site's registry mirror before the first production deployment.
/// </summary>
public static class MonitoringImages
{
    /// <summary>The blackbox exporter's registry.</summary>
    public const string BlackboxRegistry = "quay.io";

    /// <summary>The blackbox exporter, which probes the API VIP and every host name behind the Gateway.</summary>
    public const string BlackboxRepository = "prometheus/blackbox-exporter";

    /// <summary>Its tag, the chart's appVersion.</summary>
    public const string BlackboxTag = "v0.28.0";

    /// <summary>Its digest.</summary>
    public const string BlackboxDigest = "sha256:e753ff9f3fc458d02cca5eddab5a77e1c175eee484a8925ac7d524f04366c2fc";
}
