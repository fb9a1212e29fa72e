using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Infra.Mappers;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// A platform component as a Pulumi component resource: it builds its part of the plan with the
/// same builder the offline renderer uses, then realizes each resource of that part through the
/// mapper of its kind, as its child. What it references in other components it finds in the
/// components handed to it, never by a name it formats.
/// </summary>
public abstract class PlatformComponentResource : ComponentResource
{
    private readonly Dictionary<string, RealizedResource> resources = new(StringComparer.Ordinal);
    private readonly List<PlatformComponentResource> children = [];
    private readonly List<PlatformComponentResource> consumed = [];

    protected PlatformComponentResource(string type, string name, ComponentResourceOptions? options)
        : base(type, name, options)
    {
        ParentComponent = options?.Parent as PlatformComponentResource;
        ParentComponent?.children.Add(this);
    }

    /// <summary>The enclosing platform component, or null for a top-level one.</summary>
    public PlatformComponentResource? ParentComponent { get; }

    /// <summary>The part of the plan this component built and realized.</summary>
    public PlanComponent? Part { get; private set; }

    /// <summary>The resources this component realized itself, by plan name.</summary>
    public IReadOnlyDictionary<string, RealizedResource> Resources => resources;

    /// <summary>This component and every component below it.</summary>
    public IEnumerable<PlatformComponentResource> Tree => children.SelectMany(c => c.Tree).Prepend(this);

    /// <summary>Options that make a resource or component a child of this one.</summary>
    protected ComponentResourceOptions Child() => new() { Parent = this };

    /// <summary>
    /// Creates the resources of <paramref name="part"/> as children of this component, each after
    /// the resources it depends on.
    /// </summary>
    /// <exception cref="InvalidOperationException">A resource needs one that neither the part nor <paramref name="uses"/> creates.</exception>
    protected void Realize(PlanComponent part, RealizationContext context, params PlatformComponentResource[] uses)
    {
        Part = part;
        consumed.AddRange(uses);
        var values = Values(context);
        var pending = part.Resources.ToList();
        while (pending.Count > 0)
        {
            var waiting = pending.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
            var ready = pending.Where(r => !r.Dependencies().Any(waiting.Contains)).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"{part.Name}: the resources {string.Join(", ", waiting.Order(StringComparer.Ordinal))} wait for each other");
            }

            foreach (var resource in ready)
            {
                var input = new MappingInput(
                    resource,
                    this,
                    resource.Dependencies().Select(d => Lookup(d).Resource).ToList(),
                    resource.Provider is null ? null : (ProviderResource)Lookup(resource.Provider).Resource);
                resources[resource.Name] = context.Mapper(resource.Kind).Create(input, values) with { DependsOn = input.DependsOn };
                pending.Remove(resource);
            }
        }
    }

    /// <summary>Plan values of this component's part (and those it uses) as outputs.</summary>
    protected ValueRealizer Values(RealizationContext context) =>
        new(reference => Lookup(reference.Resource).Outputs[reference.Output], context.Secrets);

    private RealizedResource Lookup(string name) =>
        Tree.Concat(consumed.SelectMany(c => c.Tree)).Select(c => c.resources.GetValueOrDefault(name)).FirstOrDefault(r => r is not null)
        ?? throw new InvalidOperationException(
            $"{GetResourceType()} '{GetResourceName()}' needs '{name}', which none of the components passed to it creates: pass that component in its args");
}
