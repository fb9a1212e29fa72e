namespace ResearchPlatform.Tests.Support;

/// <summary>Stack texts with the monitoring stack on.</summary>
public static class MonitoringStacks
{
    /// <summary>The minimal stack with monitoring, alerts by mail.</summary>
    public static string Minimal { get; } = TestStacks.MinimalWith("  research-platform:jupyterhub:\n", """
          research-platform:monitoring:
            grafanaHostname: grafana.test.example
            storageTier: researcher
            alerts:
              network: 10.0.0.0/24
              email:
                to: ops@test.example
                from: platform@test.example
                smarthost: smtp.test.example:587
                username: svc-alerts
                password:
                  secure: v1:PPPPPPPPPPPPPPPP:QQQQQQQQQQQQQQQQQQQQQQQQ
          research-platform:jupyterhub:

        """);

    /// <summary><see cref="Minimal"/> with <paramref name="oldText"/> replaced by <paramref name="newText"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="oldText"/> is not in the stack.</exception>
    public static string With(string oldText, string newText) => Minimal.Contains(oldText, StringComparison.Ordinal)
        ? Minimal.Replace(oldText, newText, StringComparison.Ordinal)
        : throw new ArgumentException($"the monitoring stack has no '{oldText}'", nameof(oldText));
}
