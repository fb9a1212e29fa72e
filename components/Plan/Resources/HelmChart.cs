namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>
/// An upstream chart pinned to an exact version: where it comes from, its name, its version. Each
/// component folder keeps its charts in one file, so a version bump is one line.
/// </summary>
/// <param name="Repository">The chart repository URL (https:// or oci://).</param>
/// <param name="Name">The chart's name in that repository.</param>
/// <param name="Version">The exact chart version; the plan refuses ranges.</param>
public sealed record HelmChart(string Repository, string Name, string Version)
{
    /// <summary>Whether the chart is in an OCI registry (<c>oci://...</c>) rather than an HTTP chart repository.</summary>
    public bool IsOci => Repository.StartsWith("oci://", StringComparison.Ordinal);

    /// <summary>What Helm is asked to install: the chart's name in its repository, or its full OCI reference.</summary>
    public string Reference => IsOci ? $"{Repository.TrimEnd('/')}/{Name}" : Name;
}
