using ResearchPlatform.Stacks.Sections.Airflow;

namespace ResearchPlatform.Stacks.Config;

/// <summary>The airflow section's key in the stack config.</summary>
public sealed partial record StackConfig
{
    /// <summary><c>research-platform:airflow</c>: pipelines (Repeat); off when absent.</summary>
    public AirflowConfig? Airflow { get; init; }
}
