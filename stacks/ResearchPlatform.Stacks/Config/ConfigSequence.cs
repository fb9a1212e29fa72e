namespace ResearchPlatform.Stacks.Config;

/// <summary>A sequence of nodes.</summary>
public sealed record ConfigSequence(IReadOnlyList<ConfigNode> Items) : ConfigNode
{
    public override string Shape => "a list";
}
