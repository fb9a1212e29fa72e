using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Components.Airflow;

/// <summary>The Airflow chart, pinned.</summary>
public static class AirflowCharts
{
    /// <summary>The official Apache Airflow chart 1.21.0 (Airflow 3.2).</summary>
    public static readonly HelmChart Airflow = new("https://airflow.apache.org", "airflow", "1.21.0");
}
