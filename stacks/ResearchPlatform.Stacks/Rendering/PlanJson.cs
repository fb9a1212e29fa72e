using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>The whole plan as JSON for tools: components, resources, options, outputs and the graph.</summary>
public static class PlanJson
{
    /// <summary>The plan as indented JSON with references shown by name.</summary>
    public static string Serialize(PlatformPlan plan) => System.Text.Encoding.UTF8.GetString(SerializeUtf8(plan).Span);

    /// <summary>The same JSON as <see cref="Serialize"/>, as UTF-8, the form a render writes.</summary>
    public static ReadOnlyMemory<byte> SerializeUtf8(PlatformPlan plan)
    {
        var tree = Map(
            ("project", plan.Project),
            ("stack", plan.Stack),
            ("components", List(plan.Components.Select(c => (PlanValue)Map(
                ("name", c.Name),
                ("type", c.Type),
                ("parent", c.Parent),
                ("resources", List(c.Resources.Select(r => (PlanValue)Map(
                    ("name", r.Name),
                    ("kind", r.Kind.ToString()),
                    ("provider", r.Provider),
                    ("dependsOn", Strings(r.DependsOn)),
                    ("dependencies", Strings(r.Dependencies())),
                    ("options", ResourceDescriptor.Options(r.Options)),
                    ("replacedBy", Strings(r.Spec.ReplacedBy)),
                    ("properties", r.Spec.Properties()))))))))),
            ("outputs", List(plan.Outputs.Select(o => (PlanValue)Map(
                ("name", o.Name),
                ("description", o.Description),
                ("secret", o.Value.IsSecret),
                ("value", o.Value))))),
            ("graph", Map(
                ("depth", plan.Graph.Depth),
                ("criticalPath", Strings(plan.Graph.CriticalPath)),
                ("levels", List(plan.Graph.Levels.Select(Strings))))));

        // About 3.2 KB per resource in prod: a buffer of 4 KB per resource is allocated once.
        return PlainJson.WriteUtf8(tree, PlanValueResolver.Symbolic, expectedBytes: 4096 * plan.Resources.Count());
    }
}
