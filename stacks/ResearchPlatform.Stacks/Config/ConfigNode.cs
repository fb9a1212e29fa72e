namespace ResearchPlatform.Stacks.Config;

/// <summary>A node of raw stack config, before binding: a mapping, a sequence, a scalar or a secret.</summary>
public abstract record ConfigNode
{
    /// <summary>A short name of the node's shape, for error messages.</summary>
    public abstract string Shape { get; }
}
