namespace ResearchPlatform.Stacks.Config;

/// <summary>A stack whose config has been read, bound and validated.</summary>
/// <param name="Name">The stack name (<c>prod</c>, <c>dr</c>).</param>
/// <param name="Config">The bound config.</param>
public sealed record LoadedStack(string Name, StackConfig Config);
