using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Monitoring;

/// <summary>Where Alertmanager sends alerts: e-mail through the site's relay, or a webhook (the ticket system's, a chat's).</summary>
public sealed record AlertReceiver
{
    /// <summary>The address alerts are mailed to; null for a webhook.</summary>
    public string? EmailTo { get; init; }

    /// <summary>The sender address.</summary>
    public string? EmailFrom { get; init; }

    /// <summary>The relay, <c>host:port</c>; mail goes over STARTTLS.</summary>
    public string? Smarthost { get; init; }

    /// <summary>The relay's user, or null for none.</summary>
    public string? Username { get; init; }

    /// <summary>That user's password (a secret reference).</summary>
    public PlanValue? Password { get; init; }

    /// <summary>The webhook's https URL; null for e-mail.</summary>
    public string? WebhookUrl { get; init; }

    /// <summary>The webhook's bearer token (a secret reference), or null for none.</summary>
    public PlanValue? WebhookToken { get; init; }
}
