using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Infra.Mappers;

namespace ResearchPlatform.Infra;

/// <summary>
/// Realizes a plan with typed Pulumi resources: one component resource per plan component, each
/// resource created by the mapper of its kind, in dependency order, parented to its component.
/// </summary>
public static class PlanRealizer
{
    /// <summary>Creates every component and resource of <paramref name="plan"/>.</summary>
    public static RealizedPlan Realize(PlatformPlan plan, SecretConfigResolver secrets)
    {
        var resources = new Dictionary<string, RealizedResource>(StringComparer.Ordinal);
        var values = new ValueRealizer(reference => resources[reference.Resource].Outputs[reference.Output], secrets);
        var mappers = Mappers(new VsphereInventory()).ToDictionary(m => m.Kind);

        var components = new Dictionary<string, PlatformComponent>(StringComparer.Ordinal);
        foreach (var component in plan.Components)
        {
            components[component.Name] = new PlatformComponent(component.Type, component.Name, component.Parent is null ? null : components[component.Parent]);
        }

        // Level by level, so every reference and dependency points at a resource that exists already.
        var owners = plan.Components.SelectMany(c => c.Resources.Select(r => (Resource: r, Component: c))).ToDictionary(p => p.Resource.Name);
        foreach (var name in plan.Graph.Levels.SelectMany(level => level))
        {
            var (resource, component) = owners[name];
            var input = new MappingInput(
                resource,
                components[component.Name],
                resource.Dependencies().Select(d => resources[d].Resource).ToList(),
                resource.Provider is null ? null : (ProviderResource)resources[resource.Provider].Resource);
            resources[name] = mappers[resource.Kind].Create(input, values) with { DependsOn = input.DependsOn };
        }

        foreach (var component in plan.Components)
        {
            components[component.Name].Complete(component.Resources.Select(r => r.Name));
        }

        var outputs = plan.Outputs.ToDictionary(
            o => o.Name,
            o => (object?)(o.Value.IsSecret ? Output.CreateSecret(values.Realize(o.Value)) : values.Realize(o.Value)));
        return new RealizedPlan(components, resources, outputs);
    }

    /// <summary>One mapper per resource kind.</summary>
    public static IReadOnlyList<IResourceMapper> Mappers(VsphereInventory inventory) =>
    [
        new VirtualMachineMapper(inventory),
        new KubernetesProviderMapper(),
        new HelmReleaseMapper(),
        new KubernetesManifestMapper(),
        new KubernetesSecretMapper(),
        new GeneratedSecretMapper(),
        new TlsPrivateKeyMapper(),
        new TlsSelfSignedCertMapper(),
        new TlsCertRequestMapper(),
        new TlsLocallySignedCertMapper(),
    ];
}
