using System.Text.RegularExpressions;

namespace ResearchPlatform.Components.Plan;

/// <summary>
/// A component of the plan: one concern (the cluster PKI, a worker pool, JupyterHub), realized as
/// one Pulumi ComponentResource whose children are its resources.
/// </summary>
public sealed partial record PlanComponent
{
    /// <summary>Creates a component, checking its type token and name at once.</summary>
    /// <exception cref="ArgumentException">The type token or name is malformed.</exception>
    public PlanComponent(string type, string name, IReadOnlyList<PlanResource> resources, string? parent = null)
    {
        if (!TypeToken().IsMatch(type))
        {
            throw new ArgumentException($"component type '{type}' must look like 'research-platform:<module>:<Type>'", nameof(type));
        }

        if (!LogicalName().IsMatch(name))
        {
            throw new ArgumentException($"component name '{name}' must be lower-case letters, digits and '-'", nameof(name));
        }

        Type = type;
        Name = name;
        Resources = resources;
        Parent = parent;
    }

    /// <summary>The type token, <c>research-platform:&lt;module&gt;:&lt;Type&gt;</c>.</summary>
    public string Type { get; }

    /// <summary>The component's name, unique in the plan.</summary>
    public string Name { get; }

    /// <summary>The enclosing component's name, or null for a top-level component.</summary>
    public string? Parent { get; init; }

    /// <summary>The resources, in the order they are rendered.</summary>
    public IReadOnlyList<PlanResource> Resources { get; init; }

    /// <summary>The module part of the type token (<c>compute</c>, <c>storage</c>).</summary>
    public string Module => Type.Split(':')[1];

    [GeneratedRegex("^research-platform:[a-z][a-z0-9]*:[A-Z][A-Za-z0-9]*\\z")]
    private static partial Regex TypeToken();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?\\z")]
    internal static partial Regex LogicalName();
}
