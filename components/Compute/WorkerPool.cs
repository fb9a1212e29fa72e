using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Compute;

/// <summary>A pool of identical worker VMs. Workers are cattle: not protected, replaced at will.</summary>
public static class WorkerPool
{
    public const string Type = "research-platform:compute:WorkerPool";

    /// <summary>Builds the pool; each worker waits for the first control-plane node it joins through.</summary>
    /// <exception cref="ArgumentException">A node of the pool is not a worker.</exception>
    public static PlanComponent Build(NodePoolArgs args, string initNode, string? parent = null)
    {
        if (args.Nodes.FirstOrDefault(n => n.Role != NodeRole.Worker) is { } wrong)
        {
            throw new ArgumentException($"worker pool {args.PoolName}: node {wrong.Name} is not a worker", nameof(args));
        }

        var vms = args.Nodes.Select(n => NodeVirtualMachine.Build(args.Settings, n, args.Pki, protect: false) with { DependsOn = [initNode] });
        return new PlanComponent(Type, $"pool-{args.PoolName}", vms.ToList(), parent);
    }
}
