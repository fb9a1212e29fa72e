using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Compute;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Resources;

namespace ResearchPlatform.Infra.Components;

/// <summary>A pool of node VMs: the control plane, or workers that join it.</summary>
public sealed class NodePool : PlatformComponentResource
{
    /// <summary>Adds a worker pool to <see cref="WorkerPoolArgs.Cluster"/>; it is the cluster's child unless options say otherwise.</summary>
    public NodePool(string name, WorkerPoolArgs args, ComponentResourceOptions? options = null)
        : base(WorkerPool.Type, name, options ?? new ComponentResourceOptions { Parent = args.Cluster })
    {
        var cluster = args.Cluster;
        var part = WorkerPool.Build(
            new NodePoolArgs { PoolName = args.Pool.Name, Settings = cluster.Design.Settings, Pki = cluster.Parts.Pki, Nodes = args.Pool.Nodes },
            cluster.Parts.ControlPlane.Resources[0].Name,
            cluster.GetResourceName());
        Build(part, cluster.Context, [cluster.Pki, cluster.ControlPlane]);
    }

    internal NodePool(PlanComponent part, RealizationContext context, ComponentResourceOptions options, params PlatformComponentResource[] uses)
        : base(part.Type, part.Name, options)
    {
        Build(part, context, uses);
    }

    /// <summary>The VM names, in order.</summary>
    [Output("nodes")]
    public Output<ImmutableArray<string>> Nodes { get; private set; } = null!;

    /// <summary>The node addresses, in the order of <see cref="Nodes"/>.</summary>
    [Output("addresses")]
    public Output<ImmutableArray<string>> Addresses { get; private set; } = null!;

    private void Build(PlanComponent part, RealizationContext context, PlatformComponentResource[] uses)
    {
        Realize(part, context, uses);
        var vms = part.Resources.Select(r => (VirtualMachineSpec)r.Spec).ToList();
        Nodes = Output.Create(vms.Select(vm => vm.VmName).ToImmutableArray());
        Addresses = Output.Create(vms.Select(vm => vm.Ipv4Address).ToImmutableArray());
        RegisterOutputs();
    }
}
