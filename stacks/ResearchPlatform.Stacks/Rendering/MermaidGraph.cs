using System.Text;
using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>
/// The platform's architecture picture, generated from the plan: components grouped by their parent,
/// an arrow from each component to the components that need it (creation order).
/// </summary>
public static class MermaidGraph
{
    /// <summary>The Mermaid <c>flowchart</c> text.</summary>
    public static string Build(PlatformPlan plan)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        foreach (var top in plan.Components.Where(c => c.Parent is null))
        {
            Node(text, plan, top, "  ");
        }

        foreach (var (component, dependencies) in plan.ComponentDependencies().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var dependency in dependencies)
            {
                text.Append($"  {Id(dependency)} --> {Id(component)}\n");
            }
        }

        return text.ToString();
    }

    private static void Node(StringBuilder text, PlatformPlan plan, PlanComponent component, string indent)
    {
        var children = plan.Components.Where(c => c.Parent == component.Name).ToList();
        var label = $"{component.Name}<br/><small>{component.Type.Split(':')[2]}</small>";
        if (children.Count == 0)
        {
            text.Append($"{indent}{Id(component.Name)}[\"{label}\"]\n");
            return;
        }

        text.Append($"{indent}subgraph {Id(component.Name)}[\"{label}\"]\n");
        foreach (var child in children)
        {
            Node(text, plan, child, indent + "  ");
        }

        text.Append($"{indent}end\n");
    }

    private static string Id(string name) => name.Replace('-', '_');
}
