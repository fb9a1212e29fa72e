using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Stacks.Rendering;

/// <summary>The reviewer's view of one resource: kind, place, dependencies, options and properties.</summary>
public static class ResourceDescriptor
{
    /// <summary>The descriptor tree; properties shown in their own files are replaced by the file's name.</summary>
    public static MapValue Build(PlanComponent component, PlanResource resource, IReadOnlyDictionary<string, string> propertyFiles)
    {
        var properties = resource.Spec.Properties().Entries
            .Select(e => (e.Key, propertyFiles.TryGetValue(e.Key, out var file) ? (PlanValue?)$"(see {file})" : e.Value));
        return Map(
            ("name", resource.Name),
            ("kind", resource.Kind.ToString()),
            ("component", component.Name),
            ("componentType", component.Type),
            ("provider", resource.Provider),
            ("dependsOn", Strings(resource.Dependencies())),
            ("options", Options(resource.Options)),
            ("properties", Map(properties)));
    }

    /// <summary>The options as plan values, for plan.json.</summary>
    public static MapValue Options(PlanResourceOptions options) => Map(
        ("protect", options.Protect),
        ("retainOnDelete", options.RetainOnDelete),
        ("deleteBeforeReplace", options.DeleteBeforeReplace),
        ("ignoreChanges", Strings(options.IgnoreChanges)));
}
