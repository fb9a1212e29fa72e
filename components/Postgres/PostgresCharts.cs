using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Postgres;

/// <summary>What the platform PostgreSQL installs, each pinned to an exact version.</summary>
public static class PostgresCharts
{
    /// <summary>The CloudNativePG operator chart 0.29.0 (CloudNativePG 1.30.0), its CRDs included.</summary>
    public static readonly HelmChart Operator = new("https://cloudnative-pg.github.io/charts", "cloudnative-pg", "0.29.0");

    /// <summary>The barman-cloud plugin chart 0.7.0, which backs clusters up to S3.</summary>
    public static readonly HelmChart BarmanCloud = new("https://cloudnative-pg.github.io/charts", "plugin-barman-cloud", "0.7.0");

    /// <summary>The plugin version run instead of the chart's v0.13.0: v0.14.0 also serves replica clusters.</summary>
    public const string BarmanCloudVersion = "v0.14.0";
}
