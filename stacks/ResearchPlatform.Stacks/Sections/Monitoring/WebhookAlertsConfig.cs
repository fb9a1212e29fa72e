using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Monitoring;

/// <summary><c>research-platform:monitoring.alerts.webhook</c>: alerts posted as Alertmanager's JSON.</summary>
public sealed record WebhookAlertsConfig
{
    /// <summary>The webhook's https URL.</summary>
    public required string Url { get; init; }

    /// <summary>A bearer token the webhook asks for, or none.</summary>
    public SecretValue? Token { get; init; }
}
