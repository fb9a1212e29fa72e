using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Airflow;

/// <summary>Every airflow rule, one mistake at a time, with its exact message.</summary>
public class AirflowRuleTests
{
    [Fact]
    public void Validate_MinimalAirflow_IsAccepted()
    {
        _ = TestStacks.FromText(AirflowStacks.Minimal); // valid: loading throws on any config error
    }

    [Theory]
    [InlineData("    hostname: airflow.test.example\n", "    hostname: airflow_ui\n", "research-platform:airflow.hostname: must be Airflow's DNS name, such as airflow.dsp.uni-example.edu (got 'airflow_ui')")]
    [InlineData("    hostname: airflow.test.example\n", "    hostname: login.test.example\n", "research-platform:airflow.hostname: 'login.test.example' is already the host name of research-platform:identity.hostname; each tool needs its own")]
    [InlineData("      repository: https://git.test.example/dsp/pipelines.git\n", "      repository: git@git.test.example:dsp/pipelines.git\n", "research-platform:airflow.dags.repository: must be the repository's https clone URL without credentials, such as https://git.uni-example.edu/dsp/pipelines.git; put the user in username and the token in token (got 'git@git.test.example:dsp/pipelines.git')")]
    [InlineData("      repository: https://git.test.example/dsp/pipelines.git\n", "      repository: https://svc:hunter2@git.test.example/dsp/pipelines.git\n", "research-platform:airflow.dags.repository: must be the repository's https clone URL without credentials, such as https://git.uni-example.edu/dsp/pipelines.git; put the user in username and the token in token (got 'https://svc:hunter2@git.test.example/dsp/pipelines.git')")]
    [InlineData("      repository: https://git.test.example/dsp/pipelines.git\n", "      repository: https://git.test.example/\n", "research-platform:airflow.dags.repository: must be the repository's https clone URL without credentials, such as https://git.uni-example.edu/dsp/pipelines.git; put the user in username and the token in token (got 'https://git.test.example/')")]
    [InlineData("      network: 10.0.50.0/24\n", "      network: 10.0.50.0/24\n      branch: feature..x\n", "research-platform:airflow.dags.branch: must be a Git branch name such as main (got 'feature..x')")]
    [InlineData("      network: 10.0.50.0/24\n", "      network: 10.0.50.0/24\n      subPath: ../etc\n", "research-platform:airflow.dags.subPath: must be a folder inside the repository, such as dags, or empty for its root (got '../etc')")]
    [InlineData("      network: 10.0.50.0/24\n", "      network: 0.0.0.0/0\n", "research-platform:airflow.dags.network: must be the Git server's network, such as 10.41.50.0/24; git-sync may reach nothing else (got '0.0.0.0/0')")]
    [InlineData("      username: svc-airflow\n", "", "research-platform:airflow.dags.username: is required with token: the user the token belongs to")]
    [InlineData("      token:\n        secure: v1:GGGGGGGGGGGGGGGG:HHHHHHHHHHHHHHHHHHHHHHHH\n", "", "research-platform:airflow.dags.token: is required with username: that user's access token, as a secret")]
    [InlineData("    fernetKey:\n      secure: v1:FFFFFFFFFFFFFFFF:KKKKKKKKKKKKKKKKKKKKKKKK\n", "", "research-platform:airflow.fernetKey: is required: Airflow encrypts the connections and variables in its database with it, and the DR site reads that same database, so set one value in both stacks: pulumi config set --secret --path 'research-platform:airflow.fernetKey' $(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())') -s prod, then the same value with -s dr")]
    [InlineData("    apiSecretKey:\n      secure: v1:AAAAAAAAAAAAAAAA:SSSSSSSSSSSSSSSSSSSSSSSS\n", "", "research-platform:airflow.apiSecretKey: is required: it signs the web sessions, which must stay valid when the DR site takes over, so set one value in both stacks: pulumi config set --secret --path 'research-platform:airflow.apiSecretKey' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr")]
    [InlineData("    jwtSecret:\n      secure: v1:JJJJJJJJJJJJJJJJ:WWWWWWWWWWWWWWWWWWWWWWWW\n", "", "research-platform:airflow.jwtSecret: is required: it signs the tokens the API and the task workers trust, which must stay valid when the DR site takes over, so set one value in both stacks: pulumi config set --secret --path 'research-platform:airflow.jwtSecret' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr")]
    [InlineData("    fernetKey:\n      secure: v1:FFFFFFFFFFFFFFFF:KKKKKKKKKKKKKKKKKKKKKKKK\n", "    fernetKey: not-a-secret\n", "research-platform:airflow.fernetKey: must be a secret, so that it is stored encrypted: set it with pulumi config set --secret --path 'research-platform:airflow.fernetKey' <value>")]
    public void Validate_Airflow_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(AirflowStacks.With(oldText, newText)));
    }

    [Fact]
    public void Validate_SiteWithoutAnyKey_ReportsAllThreeAtOnce()
    {
        var text = AirflowStacks.Minimal
            .Replace("    fernetKey:\n      secure: v1:FFFFFFFFFFFFFFFF:KKKKKKKKKKKKKKKKKKKKKKKK\n", "", StringComparison.Ordinal)
            .Replace("    apiSecretKey:\n      secure: v1:AAAAAAAAAAAAAAAA:SSSSSSSSSSSSSSSSSSSSSSSS\n", "", StringComparison.Ordinal)
            .Replace("    jwtSecret:\n      secure: v1:JJJJJJJJJJJJJJJJ:WWWWWWWWWWWWWWWWWWWWWWWW\n", "", StringComparison.Ordinal);

        Assert.Equal(["research-platform:airflow.fernetKey", "research-platform:airflow.apiSecretKey", "research-platform:airflow.jwtSecret"], TestStacks.Errors(text).Select(e => e[..e.IndexOf(": ", StringComparison.Ordinal)]));
    }
}
