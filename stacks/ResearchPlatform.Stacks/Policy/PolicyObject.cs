using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Policy;

/// <summary>A Kubernetes object the plan creates, as the policy rules read it (references shown by name).</summary>
/// <param name="Component">The component of the resource that creates it.</param>
/// <param name="Resource">That plan resource.</param>
/// <param name="Tree">The object as a plain tree.</param>
public sealed record PolicyObject(PlanComponent Component, PlanResource Resource, IReadOnlyDictionary<string, object?> Tree)
{
    /// <summary>The object's kind.</summary>
    public string Kind => Tree.GetValueOrDefault("kind") as string ?? "";

    /// <summary>The object's name.</summary>
    public string Name => Metadata.GetValueOrDefault("name") as string ?? "";

    /// <summary>The object's namespace, or empty for a cluster-scoped one.</summary>
    public string Namespace => Metadata.GetValueOrDefault("namespace") as string ?? "";

    /// <summary>The object's metadata.</summary>
    public IReadOnlyDictionary<string, object?> Metadata => Tree.GetValueOrDefault("metadata") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    /// <summary><c>component/resource</c>.</summary>
    public string Where => $"{Component.Name}/{Resource.Name}";

    /// <summary><c>Kind namespace/name</c>.</summary>
    public string Label => Namespace.Length > 0 ? $"{Kind} {Namespace}/{Name}" : $"{Kind} {Name}";
}
