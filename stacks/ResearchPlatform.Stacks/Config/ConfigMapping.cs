namespace ResearchPlatform.Stacks.Config;

/// <summary>A mapping of keys to nodes, in source order.</summary>
public sealed record ConfigMapping(IReadOnlyList<KeyValuePair<string, ConfigNode>> Entries) : ConfigNode
{
    public override string Shape => "a mapping";
}
