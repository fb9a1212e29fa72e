using Pulumi;

namespace ResearchPlatform.Infra;

/// <summary>One plan component as a Pulumi component resource; its resources are its children.</summary>
public sealed class PlatformComponent : ComponentResource
{
    public PlatformComponent(string type, string name, PlatformComponent? parent)
        : base(type, name, new ComponentResourceOptions { Parent = parent })
    {
        ParentComponent = parent;
    }

    /// <summary>The enclosing component, or null for a top-level one.</summary>
    public PlatformComponent? ParentComponent { get; }

    /// <summary>Registers the component's outputs: the names of the resources it holds.</summary>
    public void Complete(IEnumerable<string> resourceNames) =>
        RegisterOutputs(new Dictionary<string, object?> { ["resources"] = resourceNames.ToArray() });
}
