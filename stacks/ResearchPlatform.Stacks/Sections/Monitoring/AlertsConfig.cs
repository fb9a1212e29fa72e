using System.Net;

namespace ResearchPlatform.Stacks.Sections.Monitoring;

/// <summary><c>research-platform:monitoring.alerts</c>: the one receiver, e-mail or a webhook, and the network it is in.</summary>
public sealed record AlertsConfig
{
    /// <summary>The receiver's network (CIDR): Alertmanager may reach it on the receiver's port and nothing else there.</summary>
    public required IPNetwork Network { get; init; }

    /// <summary>Mail through the site's relay.</summary>
    public EmailAlertsConfig? Email { get; init; }

    /// <summary>A webhook (the ticket system's, a chat's).</summary>
    public WebhookAlertsConfig? Webhook { get; init; }
}
