namespace ResearchPlatform.Stacks.Config;

/// <summary>A config record as the binder needs it: how to create one, and its keys in declaration order.</summary>
/// <param name="Type">The record type.</param>
/// <param name="Create">A new record with its property initializers run (its defaults) and nothing else set.</param>
/// <param name="Members">Its keys in declaration order.</param>
internal sealed record ConfigRecordShape(Type Type, Func<object> Create, IReadOnlyList<ConfigMember> Members);
