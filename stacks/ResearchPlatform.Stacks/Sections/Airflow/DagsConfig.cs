using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Airflow;

/// <summary><c>research-platform:airflow.dags</c>: where the DAGs come from.</summary>
public sealed record DagsConfig
{
    /// <summary>The repository's https clone URL.</summary>
    public required string Repository { get; init; }

    /// <summary>The network the Git server is in (CIDR): git-sync may reach it on the URL's port and nothing else.</summary>
    public required IPNetwork Network { get; init; }

    /// <summary>The branch that is deployed. Default: <c>main</c>.</summary>
    public string Branch { get; init; } = "main";

    /// <summary>The DAGs' folder inside the repository. Default: <c>dags</c>.</summary>
    public string SubPath { get; init; } = "dags";

    /// <summary>The user to clone as (a deploy or service account), for a private repository.</summary>
    public string? Username { get; init; }

    /// <summary>That user's access token, with <see cref="Username"/>.</summary>
    public SecretValue? Token { get; init; }
}
