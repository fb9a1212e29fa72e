using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Airflow;

/// <summary>Airflow's host, its DAG repository and its credentials, and the three keys both sites must share.</summary>
public sealed class AirflowRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:airflow"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.Airflow is not { } airflow)
        {
            yield break;
        }

        var root = ConfigPath.Section("airflow");
        if (!Names.IsDnsName(airflow.Hostname))
        {
            yield return new(ConfigPath.Child(root, "hostname"), $"must be Airflow's DNS name, such as airflow.dsp.uni-example.edu (got '{airflow.Hostname}')");
        }

        foreach (var (key, value, why, generate) in new[]
        {
            ("fernetKey", airflow.FernetKey, "Airflow encrypts the connections and variables in its database with it, and the DR site reads that same database", "$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')"),
            ("apiSecretKey", airflow.ApiSecretKey, "it signs the web sessions, which must stay valid when the DR site takes over", "\"$(openssl rand -hex 32)\""),
            ("jwtSecret", airflow.JwtSecret, "it signs the tokens the API and the task workers trust, which must stay valid when the DR site takes over", "\"$(openssl rand -hex 32)\""),
        })
        {
            if (value is null)
            {
                yield return new(ConfigPath.Child(root, key),
                    $"is required: {why}, so set one value in both stacks: pulumi config set --secret --path 'research-platform:airflow.{key}' {generate} -s prod, then the same value with -s dr");
            }
        }

        var dags = ConfigPath.Child(root, "dags");
        foreach (var error in Repository(dags, airflow.Dags))
        {
            yield return error;
        }
    }

    private static IEnumerable<ConfigError> Repository(string path, DagsConfig dags)
    {
        if (!Uri.TryCreate(dags.Repository, UriKind.Absolute, out var url) || url.Scheme != "https" || url.Host.Length == 0 || !Names.IsDnsName(url.Host.ToLowerInvariant())
            || url.AbsolutePath.Length <= 1 || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            yield return new(ConfigPath.Child(path, "repository"),
                $"must be the repository's https clone URL without credentials, such as https://git.uni-example.edu/dsp/pipelines.git; put the user in username and the token in token (got '{dags.Repository}')");
        }

        if (!IsBranch(dags.Branch))
        {
            yield return new(ConfigPath.Child(path, "branch"), $"must be a Git branch name such as main (got '{dags.Branch}')");
        }

        if (dags.SubPath.StartsWith('/') || dags.SubPath.Split('/').Any(s => s is ".." or ".") || dags.SubPath.Any(char.IsControl))
        {
            yield return new(ConfigPath.Child(path, "subPath"), $"must be a folder inside the repository, such as dags, or empty for its root (got '{dags.SubPath}')");
        }

        if (dags.Username is null != dags.Token is null)
        {
            yield return new(ConfigPath.Child(path, dags.Username is null ? "username" : "token"),
                "is required with " + (dags.Username is null ? "token: the user the token belongs to" : "username: that user's access token, as a secret"));
        }

        if (dags.Network.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(path, "network"), $"must be the Git server's network, such as 10.41.50.0/24; git-sync may reach nothing else (got '{dags.Network}')");
        }
    }

    // git check-ref-format, for a branch: no space, control, ~^:?*[\ or "..", not starting with '-' or '/', not ending in '/', '.' or ".lock".
    private static bool IsBranch(string name) =>
        name.Length is > 0 and <= 255 && !name.StartsWith('-') && !name.StartsWith('/') && !name.EndsWith('/') && !name.EndsWith('.') && !name.EndsWith(".lock", StringComparison.Ordinal)
        && !name.Contains("..", StringComparison.Ordinal) && !name.Contains("//", StringComparison.Ordinal) && !name.Contains("@{", StringComparison.Ordinal)
        && name.All(c => c > ' ' && c != 127 && "~^:?*[\\".IndexOf(c) < 0);
}
