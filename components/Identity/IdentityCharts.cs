using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Identity;

/// <summary>The identity broker's chart, pinned to an exact version.</summary>
public static class IdentityCharts
{
    /// <summary>Dex chart 0.24.0 (Dex 2.44.0).</summary>
    public static readonly HelmChart Dex = new("https://charts.dexidp.io", "dex", "0.24.0");
}
