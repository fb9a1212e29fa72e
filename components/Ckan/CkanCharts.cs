using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Ckan;

/// <summary>The CKAN chart, pinned.</summary>
public static class CkanCharts
{
    /// <summary>Keitaro's community CKAN chart 4.0.7 (CKAN 2.11), its Bitnami subcharts off.</summary>
    public static readonly HelmChart Ckan = new("https://keitaro-charts.storage.googleapis.com", "ckan", "4.0.7");
}
