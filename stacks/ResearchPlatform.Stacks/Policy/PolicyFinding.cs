namespace ResearchPlatform.Stacks.Policy;

/// <summary>One breach of a policy rule: which rule, where in the plan, and what is wrong.</summary>
/// <param name="Rule">The rule's id (<c>image-digest</c>).</param>
/// <param name="Resource">The plan resource (<c>component/resource</c>).</param>
/// <param name="Object">The Kubernetes object or value inside it (<c>Deployment traefik/traefik</c>), or empty.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record PolicyFinding(string Rule, string Resource, string Object, string Message)
{
    /// <summary>The finding as one line for people.</summary>
    public override string ToString() => $"{Rule}: {Resource}{(Object.Length > 0 ? $" {Object}" : "")}: {Message}";
}
