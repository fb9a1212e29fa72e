using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Types.Inputs.Helm.V3;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Mappers;

/// <summary><see cref="HelmReleaseSpec"/> to <c>kubernetes:helm.sh/v3:Release</c>: a real Helm release, hooks included.</summary>
public sealed class HelmReleaseMapper : IResourceMapper
{
    public ResourceKind Kind => ResourceKind.HelmRelease;

    public RealizedResource Create(MappingInput input, ValueRealizer values)
    {
        var spec = (HelmReleaseSpec)input.Resource.Spec;
        var options = input.CustomOptions();
        var release = new Release(input.Resource.Name, new ReleaseArgs
        {
            Name = spec.ReleaseName,
            Chart = spec.Chart.Name,
            Version = spec.Chart.Version,
            Namespace = spec.Namespace,
            CreateNamespace = spec.CreateNamespace,
            RepositoryOpts = new RepositoryOptsArgs { Repo = spec.Chart.Repository },
            Values = values.Map(spec.Values),
            Atomic = spec.Atomic,
            Timeout = spec.TimeoutSeconds,
            WaitForJobs = spec.WaitForJobs,
        }, options);
        return new RealizedResource(input.Resource, release, options, new Dictionary<string, Output<string>>
        {
            // The status is unknown during a preview and may be absent (mocks, a provider that reports none).
            ["status"] = release.Status.Apply(status => status?.Status ?? ""),
        });
    }
}
