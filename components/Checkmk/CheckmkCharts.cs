using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Checkmk;

/// <summary>The Checkmk Kubernetes agent's chart and images, pinned in one place.</summary>
public static class CheckmkCharts
{
    /// <summary>The Checkmk Kubernetes agent chart 1.11.0 (Checkmk/checkmk_kube_agent).</summary>
    public static readonly HelmChart Agent = new("https://checkmk.github.io/checkmk_kube_agent", "checkmk", "1.11.0");

    /// <summary>
    /// The collectors' image tag, the chart's appVersion. Checkmk publishes no digest beside its
    /// releases and none was recorded anywhere public this project could read: the policy check lists
    /// both images as exceptions until <c>crane digest</c> against the site's mirror pins them here.
    /// </summary>
    public const string ImageTag = "1.11.0";

    /// <summary>The cluster collector's and the node collectors' image.</summary>
    public const string CollectorRepository = "docker.io/checkmk/kubernetes-collector";

    /// <summary>Checkmk's patched cAdvisor, in the container-metrics DaemonSet.</summary>
    public const string CadvisorRepository = "docker.io/checkmk/cadvisor-patched";
}
