using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Replication;

/// <summary>Trident Protect's chart and image, pinned in one place.</summary>
public static class ReplicationCharts
{
    /// <summary>
    /// NetApp's Trident Protect chart 100.2606.0 (Trident Protect 26.06, beside Trident 26.06). Its
    /// controller image is the chart's own (<c>netapp/controller</c> at the appVersion), pinned by the
    /// chart's exact version: NetApp publishes no digest beside the release to pin it by.
    /// </summary>
    public static readonly HelmChart Protect = new("https://netapp.github.io/trident-protect-helm-chart", "trident-protect", "100.2606.0");
}
