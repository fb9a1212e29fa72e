using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Monitoring;

/// <summary>Every monitoring rule, one mistake at a time, with its exact message.</summary>
public class MonitoringRuleTests
{
    private const string Mail = "      email:\n        to: ops@test.example\n        from: platform@test.example\n        smarthost: smtp.test.example:587\n        username: svc-alerts\n        password:\n          secure: v1:PPPPPPPPPPPPPPPP:QQQQQQQQQQQQQQQQQQQQQQQQ\n";

    [Fact]
    public void Validate_MinimalMonitoring_IsAccepted()
    {
        _ = TestStacks.FromText(MonitoringStacks.Minimal); // valid: loading throws on any config error
    }

    [Theory]
    [InlineData("    grafanaHostname: grafana.test.example\n", "    grafanaHostname: hub.test.example\n", "research-platform:monitoring.grafanaHostname: 'hub.test.example' is already the host name of research-platform:jupyterhub.hostname; each tool needs its own")]
    [InlineData("    storageTier: researcher\n    alerts:", "    storageTier: nvme\n    alerts:", "research-platform:monitoring.storageTier: 'nvme' is not a storage tier; declared: student, researcher (research-platform:storage.tiers)")]
    [InlineData("    storageTier: researcher\n    alerts:", "    storageTier: researcher\n    retention: 2y\n    alerts:", "research-platform:monitoring.retention: must be 1d to 400d, in days or weeks such as 30d or 8w (got '2y')")]
    [InlineData("    storageTier: researcher\n    alerts:", "    storageTier: researcher\n    retention: 60w\n    alerts:", "research-platform:monitoring.retention: must be 1d to 400d, in days or weeks such as 30d or 8w (got '60w')")]
    [InlineData("    storageTier: researcher\n    alerts:", "    storageTier: researcher\n    volumeSize: 5Gi\n    alerts:", "research-platform:monitoring.volumeSize: must be 10Gi to 10Ti, such as 200Gi (got '5Gi')")]
    [InlineData("        to: ops@test.example\n", "        to: ops at test\n", "research-platform:monitoring.alerts.email.to: must be one e-mail address, such as dc-ops@uni-example.edu (got 'ops at test')")]
    [InlineData("        smarthost: smtp.test.example:587\n", "        smarthost: smtp.test.example\n", "research-platform:monitoring.alerts.email.smarthost: must be the relay as host:port, such as smtp.uni-example.edu:587 (got 'smtp.test.example')")]
    [InlineData("        username: svc-alerts\n", "", "research-platform:monitoring.alerts.email.username: is required with password: the relay's user")]
    [InlineData("      network: 10.0.0.0/24\n", "      network: 0.0.0.0/0\n", "research-platform:monitoring.alerts.network: must be the receiver's network, such as 10.41.0.0/24; Alertmanager may reach nothing else there (got '0.0.0.0/0')")]
    [InlineData(Mail, "", "research-platform:monitoring.alerts: needs exactly one receiver: email (to, from, smarthost) or webhook (url)")]
    [InlineData(Mail, Mail + "      webhook:\n        url: https://tickets.test.example/hook\n", "research-platform:monitoring.alerts: needs exactly one receiver: email (to, from, smarthost) or webhook (url)")]
    [InlineData(Mail, "      webhook:\n        url: http://tickets.test.example/hook\n", "research-platform:monitoring.alerts.webhook.url: must be the webhook's https URL, with any token in token (got 'http://tickets.test.example/hook')")]
    public void Validate_Monitoring_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(MonitoringStacks.With(oldText, newText)));
    }
}
