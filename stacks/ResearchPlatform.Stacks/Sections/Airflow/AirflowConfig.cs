using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Airflow;

/// <summary><c>research-platform:airflow</c>: Apache Airflow, its DAG repository and the keys of its stored data.</summary>
public sealed record AirflowConfig
{
    /// <summary>The web UI's host name, one label under the platform domain (<c>airflow.dsp.uni-example.edu</c>).</summary>
    public required string Hostname { get; init; }

    /// <summary>The Git repository the DAGs are synced from.</summary>
    public required DagsConfig Dags { get; init; }

    /// <summary>The Fernet key that encrypts connections and variables in the database; the same in both stacks.</summary>
    public SecretValue? FernetKey { get; init; }

    /// <summary>The API server's secret key; the same in both stacks.</summary>
    public SecretValue? ApiSecretKey { get; init; }

    /// <summary>The key that signs the API's tokens; the same in both stacks.</summary>
    public SecretValue? JwtSecret { get; init; }
}
