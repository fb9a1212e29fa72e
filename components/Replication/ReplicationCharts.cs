using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Replication;

/// <summary>Trident Protect's chart and image, pinned in one place.</summary>
public static class ReplicationCharts
{
    /// <summary>NetApp's Trident Protect chart 100.2606.0 (Trident Protect 26.06, beside Trident 26.06).</summary>
    public static readonly HelmChart Protect = new("https://netapp.github.io/trident-protect-helm-chart", "trident-protect", "100.2606.0");

    /// <summary>
    /// The controller's image tag, the chart's appVersion. NetApp publishes no digest beside the
    /// release, so the policy check lists the image as an exception until <c>crane digest</c> against
    /// the site's mirror pins it here.
    /// </summary>
    public const string ImageTag = "26.06.0";

    /// <summary>The controller's image repository, as the chart composes it from <c>imageRegistry</c>.</summary>
    public const string ControllerRepository = "docker.io/netapp/controller";
}
