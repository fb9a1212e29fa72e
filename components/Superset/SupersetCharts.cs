using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Superset;

/// <summary>The Superset operator's chart, pinned.</summary>
public static class SupersetCharts
{
    /// <summary>The Apache Superset Kubernetes operator 0.2.0 (API <c>superset.apache.org/v1alpha1</c>).</summary>
    public static readonly HelmChart Operator = new("oci://ghcr.io/apache/superset-kubernetes-operator/charts", "superset-operator", "0.2.0");
}
