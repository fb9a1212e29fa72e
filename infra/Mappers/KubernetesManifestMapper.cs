using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Yaml.V2;
using Pulumi.Kubernetes.Yaml.V2;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Infra.Mappers;

/// <summary>
/// <see cref="KubernetesManifestSpec"/> to a <c>kubernetes:yaml/v2:ConfigGroup</c> of the very YAML
/// the offline renderer writes, so each object becomes its own typed resource.
/// </summary>
public sealed class KubernetesManifestMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.KubernetesManifest;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (KubernetesManifestSpec)input.Resource.Spec;
        var options = input.ComponentOptions();
        var args = new ConfigGroupArgs();
        if (spec.Objects.Count > 0)
        {
            args.Yaml = values.Realize(new ListValue(spec.Objects)).Apply(objects => PlanYaml.SerializeAll(((IEnumerable<object?>)objects!).ToList()));
        }

        foreach (var file in spec.Files)
        {
            args.Files.Add(file);
        }

        var group = new ConfigGroup(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, group, options, new Dictionary<string, Output<string>>());
    }
}
