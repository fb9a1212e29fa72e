namespace ResearchPlatform.Components.Plan;

/// <summary>
/// Thrown by <see cref="PlanYamlEmitter"/> for an event it leaves to YamlDotNet's emitter, so that
/// <see cref="PlanYaml"/> writes that document with YamlDotNet; never seen outside it.
/// </summary>
internal sealed class UnsupportedYamlEventException(string message) : NotSupportedException(message);
