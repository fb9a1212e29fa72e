using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>A Helm release of an upstream chart at an exact version.</summary>
public sealed record HelmReleaseSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.HelmRelease;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [new("status", false)];

    /// <summary>The Helm release name.</summary>
    public required string ReleaseName { get; init; }

    /// <summary>The chart: its repository, name and exact version.</summary>
    public required HelmChart Chart { get; init; }

    public required string Namespace { get; init; }

    /// <summary>
    /// The chart's workloads that run privileged or on the host network, each with its reason.
    /// The platform allows these and no others; the render summary lists them for review.
    /// </summary>
    public IReadOnlyList<string> PrivilegedWorkloads { get; init; } = [];

    /// <summary>The values passed to the chart.</summary>
    public required PlanValue Values { get; init; }

    /// <summary>
    /// Let Helm create the namespace. Default: false: the platform's namespaces come from the plan,
    /// with their Pod Security labels and network policies, before any release goes into them.
    /// </summary>
    public bool CreateNamespace { get; init; }

    /// <summary>Roll back a failed install or upgrade instead of leaving a half-applied release.</summary>
    public bool Atomic { get; init; } = true;

    /// <summary>How long Helm waits for the release's resources to become ready.</summary>
    public int TimeoutSeconds { get; init; } = 600;

    /// <summary>Whether Helm waits for the chart's Jobs (hooks, migrations) to complete.</summary>
    public bool WaitForJobs { get; init; } = true;

    protected override MapValue BuildProperties() => Map(
        ("releaseName", ReleaseName),
        ("chart", Chart.Name),
        ("repository", Chart.Repository),
        ("version", Chart.Version),
        ("namespace", Namespace),
        ("createNamespace", CreateNamespace),
        ("atomic", Atomic),
        ("timeoutSeconds", TimeoutSeconds),
        ("waitForJobs", WaitForJobs),
        ("privilegedWorkloads", Strings(PrivilegedWorkloads)),
        ("values", Values));
}
