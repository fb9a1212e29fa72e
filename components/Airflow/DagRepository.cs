using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Airflow;

/// <summary>The Git repository Airflow's DAGs are synced from.</summary>
/// <param name="Url">Its https clone URL.</param>
/// <param name="Branch">The branch that is deployed.</param>
/// <param name="SubPath">The folder of the DAGs inside the repository; empty for its root.</param>
public sealed record DagRepository(string Url, string Branch, string SubPath)
{
    /// <summary>The user to clone as, or null for a public repository.</summary>
    public PlanValue? Username { get; init; }

    /// <summary>That user's token (a secret reference), with <see cref="Username"/>.</summary>
    public PlanValue? Token { get; init; }

    /// <summary>Seconds between two syncs. Default: 60.</summary>
    public int PeriodSeconds { get; init; } = 60;
}
