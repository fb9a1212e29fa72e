using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Monitoring;

/// <summary><c>research-platform:monitoring.alerts.email</c>: alerts by mail, over STARTTLS.</summary>
public sealed record EmailAlertsConfig
{
    /// <summary>The address alerts go to (the operations team's list).</summary>
    public required string To { get; init; }

    /// <summary>The sender address.</summary>
    public required string From { get; init; }

    /// <summary>The relay, <c>host:port</c> (<c>smtp.uni-example.edu:587</c>).</summary>
    public required string Smarthost { get; init; }

    /// <summary>The relay's user, for a relay that asks for one.</summary>
    public string? Username { get; init; }

    /// <summary>That user's password, with <see cref="Username"/>.</summary>
    public SecretValue? Password { get; init; }
}
