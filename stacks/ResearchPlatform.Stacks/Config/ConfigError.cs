namespace ResearchPlatform.Stacks.Config;

/// <summary>One problem in the stack config, at a key path such as <c>research-platform:cluster.controlPlane.count</c>.</summary>
public sealed record ConfigError(string Path, string Message)
{
    /// <summary>The error as one line: anything in the path or message that could break or rewrite it is escaped.</summary>
    public override string ToString() => $"{Shown.Escape(Path)}: {Shown.Escape(Message)}";
}
