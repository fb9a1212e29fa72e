namespace ResearchPlatform.Stacks.Config;

/// <summary>One problem in the stack config, at a key path such as <c>research-platform:cluster.controlPlane.count</c>.</summary>
public sealed record ConfigError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
