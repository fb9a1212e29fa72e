namespace ResearchPlatform.Components.Monitoring;

/// <summary>A Grafana dashboard as code: its uid, title and panels, two to a row.</summary>
/// <param name="Uid">The stable uid (<c>rp-overview</c>), so links survive a redeploy.</param>
/// <param name="Title">The title in Grafana.</param>
/// <param name="Panels">The panels, in reading order.</param>
public sealed record Dashboard(string Uid, string Title, IReadOnlyList<DashboardPanel> Panels);
