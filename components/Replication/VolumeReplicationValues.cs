using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Replication;

/// <summary>Trident Protect's chart values.</summary>
public static class VolumeReplicationValues
{
    /// <summary>The values of <paramref name="args"/>' release.</summary>
    public static MapValue Build(VolumeReplicationArgs args) => Map(
        ("clusterName", args.ClusterName),

        // AutoSupport would send cluster data to NetApp over the internet, which nothing in the
        // platform may reach unasked; the site's ONTAP AutoSupport stays the support channel.
        ("autoSupport", Map(("enabled", false))),
        ("controller", Map(
            // The chart leaves the CPU unbounded.
            ("resources", Map(
                ("requests", Map(("cpu", "500m"), ("memory", "2Gi"))),
                ("limits", Map(("cpu", "2"), ("memory", "2Gi"))))))));
}
