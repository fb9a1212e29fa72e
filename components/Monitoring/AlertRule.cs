namespace ResearchPlatform.Components.Monitoring;

/// <summary>One alert of the platform's rules: what fires it, how bad it is, and what to do.</summary>
/// <param name="Name">The alert's name (<c>NotebookSpawnFailures</c>).</param>
/// <param name="Expression">The PromQL that selects what is wrong.</param>
/// <param name="For">How long it must hold before it fires (<c>10m</c>); empty for at once.</param>
/// <param name="Severity"><c>critical</c> (someone acts now) or <c>warning</c> (within a working day).</param>
/// <param name="Summary">One line for the notification; may use <c>{{ $labels.x }}</c>.</param>
/// <param name="Runbook">What the operator does first.</param>
public sealed record AlertRule(string Name, string Expression, string For, string Severity, string Summary, string Runbook);
