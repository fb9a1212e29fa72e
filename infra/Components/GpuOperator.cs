using Pulumi;
using CoreOperator = ResearchPlatform.Components.Gpu.GpuOperator;

namespace ResearchPlatform.Infra.Components;

/// <summary>The NVIDIA GPU Operator for vGPU guests: licensed driver, toolkit and device plugin on GPU nodes only.</summary>
public sealed class GpuOperator : PlatformComponentResource
{
    public GpuOperator(string name, GpuOperatorArgs args, ComponentResourceOptions? options = null)
        : base(CoreOperator.Type, name, options)
    {
        var part = CoreOperator.Build(args.Operator, CoreOperator.Wiring(args.Operator, args.Cluster.ProviderPlan, args.Namespaces.Part!));
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces);
        Namespace = Output.Create(args.Operator.Namespace);
        RegisterOutputs();
    }

    /// <summary>The namespace the operator and its operands run in.</summary>
    [Output("namespace")]
    public Output<string> Namespace { get; }
}
