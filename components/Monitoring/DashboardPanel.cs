namespace ResearchPlatform.Components.Monitoring;

/// <summary>One graph of a dashboard: its queries, each with its legend, in one unit.</summary>
/// <param name="Title">What it shows.</param>
/// <param name="Unit">Grafana's unit (<c>short</c>, <c>s</c>, <c>percentunit</c>, <c>bytes</c>).</param>
/// <param name="Queries">Each PromQL query and its legend (<c>{{namespace}}</c>).</param>
public sealed record DashboardPanel(string Title, string Unit, IReadOnlyList<(string Expression, string Legend)> Queries);
