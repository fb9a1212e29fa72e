using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.Plan.Resources;

/// <summary>The Kubernetes provider for the platform's cluster, from a kubeconfig assembled in the plan.</summary>
public sealed record KubernetesProviderSpec : ResourceSpec
{
    public override ResourceKind Kind => ResourceKind.KubernetesProvider;

    public override IReadOnlyList<OutputDeclaration> Outputs { get; } = [];

    /// <summary>The kubeconfig document (secret: it holds the admin client key).</summary>
    public required PlanValue Kubeconfig { get; init; }

    /// <summary>Apply with server-side apply, so field ownership is tracked and shared objects merge.</summary>
    public bool EnableServerSideApply { get; init; } = true;

    protected override MapValue BuildProperties() => Map(
        ("kubeconfig", Kubeconfig),
        ("enableServerSideApply", EnableServerSideApply));
}
