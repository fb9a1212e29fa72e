using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using KubernetesSecret = Pulumi.Kubernetes.Core.V1.Secret;
using KubernetesSecretArgs = Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="KubernetesSecretSpec"/> to <c>kubernetes:core/v1:Secret</c>, every value a secret output.</summary>
public sealed class KubernetesSecretMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.KubernetesSecret;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (KubernetesSecretSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var metadata = new ObjectMetaArgs { Name = spec.SecretName, Namespace = spec.Namespace };
        foreach (var (key, value) in spec.Labels)
        {
            metadata.Labels.Add(key, value);
        }

        foreach (var (key, value) in spec.Annotations)
        {
            metadata.Annotations.Add(key, value);
        }

        var args = new KubernetesSecretArgs { Metadata = metadata, Type = spec.Type };
        foreach (var (key, value) in spec.StringData)
        {
            args.StringData.Add(key, Output.CreateSecret(values.Text(value)));
        }

        var secret = new KubernetesSecret(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, secret, options, new Dictionary<string, Output<string>>());
    }
}
