namespace ResearchPlatform.Tests.Support;

/// <summary>Stack texts with Airflow on.</summary>
public static class AirflowStacks
{
    /// <summary>The minimal stack with Airflow on a private DAG repository.</summary>
    public static string Minimal { get; } = TestStacks.MinimalWith("  research-platform:jupyterhub:\n", """
          research-platform:airflow:
            hostname: airflow.test.example
            dags:
              repository: https://git.test.example/dsp/pipelines.git
              network: 10.0.50.0/24
              username: svc-airflow
              token:
                secure: v1:GGGGGGGGGGGGGGGG:HHHHHHHHHHHHHHHHHHHHHHHH
            fernetKey:
              secure: v1:FFFFFFFFFFFFFFFF:KKKKKKKKKKKKKKKKKKKKKKKK
            apiSecretKey:
              secure: v1:AAAAAAAAAAAAAAAA:SSSSSSSSSSSSSSSSSSSSSSSS
            jwtSecret:
              secure: v1:JJJJJJJJJJJJJJJJ:WWWWWWWWWWWWWWWWWWWWWWWW
          research-platform:jupyterhub:

        """);

    /// <summary><see cref="Minimal"/> with <paramref name="oldText"/> replaced by <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="oldText"/> is not in the stack.</exception>
    public static string With(string oldText, string newText) => Minimal.Contains(oldText, StringComparison.Ordinal)
        ? Minimal.Replace(oldText, newText, StringComparison.Ordinal)
        : throw new ArgumentException($"the Airflow stack has no '{oldText}'", nameof(oldText));
}
