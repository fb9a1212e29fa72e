using Pulumi;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;
using KubernetesProvider = Pulumi.Kubernetes.Provider;
using KubernetesProviderArgs = Pulumi.Kubernetes.ProviderArgs;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="KubernetesProviderSpec"/> to the <c>kubernetes</c> provider, from the plan's kubeconfig (secret).</summary>
public sealed class KubernetesProviderMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.KubernetesProvider;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (KubernetesProviderSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var provider = new KubernetesProvider(input.Resource.Name, new KubernetesProviderArgs
        {
            KubeConfig = Output.CreateSecret(values.Text(spec.Kubeconfig)),
            EnableServerSideApply = spec.EnableServerSideApply,
        }, options);
        return new RealizedResource(input.Resource, provider, options, new Dictionary<string, Output<string>>());
    }
}
