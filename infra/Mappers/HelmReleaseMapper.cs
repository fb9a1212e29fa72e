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
        var args = new ReleaseArgs
        {
            Name = spec.ReleaseName,
            Chart = spec.Chart.Reference,
            Version = spec.Chart.Version,
            Namespace = spec.Namespace,
            CreateNamespace = spec.CreateNamespace,
            Values = values.Map(spec.Values),
            Atomic = spec.Atomic,
            Timeout = spec.TimeoutSeconds,
            WaitForJobs = spec.WaitForJobs,
        };

        // An OCI chart is named by its full reference and has no repository to add.
        if (!spec.Chart.IsOci)
        {
            args.RepositoryOpts = new RepositoryOptsArgs { Repo = spec.Chart.Repository };
        }

        var release = new Release(input.Resource.Name, args, options);
        return new RealizedResource(input.Resource, release, options, new Dictionary<string, Output<string>>
        {
            // The status is unknown during a preview and may be absent (mocks, a provider that reports none).
            ["status"] = release.Status.Apply(status => status?.Status ?? ""),
        });
    }
}
