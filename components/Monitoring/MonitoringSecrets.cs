namespace ResearchPlatform.Components.Monitoring;

/// <summary>The Secrets and ConfigMap the plan writes for the chart.</summary>
/// <param name="Alertmanager">Alertmanager's configuration (key <c>alertmanager.yaml</c>).</param>
/// <param name="GrafanaAdmin">Grafana's built-in admin (keys <c>admin-user</c>, <c>admin-password</c>), a generated break-glass account.</param>
/// <param name="GrafanaOAuth">The broker client's secret, as Grafana's environment.</param>
/// <param name="Certificates">The CA that verifies the broker.</param>
public sealed record MonitoringSecrets(string Alertmanager, string GrafanaAdmin, string GrafanaOAuth, string Certificates);
