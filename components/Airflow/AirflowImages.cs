namespace ResearchPlatform.Components.Airflow;

/// <summary>
/// The images Airflow runs, pinned by tag and digest in one place. The official image already holds
/// the providers the platform uses (FAB, Amazon, PostgreSQL, cncf.kubernetes), so no derived image is
/// needed. Digests were taken from public pins, not pulled here: re-resolve them with
/// <c>crane digest</c> against the site's registry mirror before the first production deployment.
/// </summary>
public static class AirflowImages
{
    /// <summary>The Airflow version the chart is told it runs.</summary>
    public const string Version = "3.2.2";

    /// <summary>The official Airflow image (Python 3.12).</summary>
    public const string Repository = "docker.io/apache/airflow";

    /// <summary>Its tag and digest, as the chart's tag values take them.</summary>
    public const string Tag = "3.2.2-python3.12@sha256:bbe58e3204d550ab98dbf738a42c0e6663c455357ecd0e2d1440ef9cb6a75f00";

    /// <summary>git-sync, which keeps the DAG folder at the repository's branch.</summary>
    public const string GitSyncRepository = "registry.k8s.io/git-sync/git-sync";

    /// <summary>Its tag and digest.</summary>
    public const string GitSyncTag = "v4.7.1@sha256:c5e1976da735bf0b53979f079a07475d77174c51863cd084e928ff6074480717";

    /// <summary>The Prometheus StatsD exporter, which serves Airflow's StatsD metrics to Prometheus.</summary>
    public const string StatsdRepository = "docker.io/prom/statsd-exporter";

    /// <summary>Its tag and digest.</summary>
    public const string StatsdTag = "v0.29.0@sha256:632f705804922d50c1c95ba8ff9c8c0cc18d4bbb0cc265dc4f9ae708271c95b3";
}
