namespace ResearchPlatform.Components.Monitoring;

/// <summary>The Secrets and ConfigMap the plan writes for the chart.</summary>
/// <param name="Alertmanager">Alertmanager's configuration (key <c>alertmanager.yaml</c>).</param>
/// <param name="GrafanaAdmin">Grafana's built-in admin (keys <c>admin-user</c>, <c>admin-password</c>), a generated break-glass account.</param>
/// <param name="GrafanaOAuth">The broker client's secret, as Grafana's environment.</param>
/// <param name="Certificates">The CAs (keys <c>platform-ca.crt</c>, <c>cluster-ca.crt</c>) that verify the broker, the host names and the API server.</param>
public sealed record MonitoringSecrets(string Alertmanager, string GrafanaAdmin, string GrafanaOAuth, string Certificates);
