using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Compute;

/// <summary>The control-plane VMs: one <c>kubeadm init</c> node, the others joining it.</summary>
public static class ControlPlane
{
    public const string Type = "research-platform:compute:ControlPlane";

    /// <summary>The pool name of the control-plane nodes, part of their host names.</summary>
    public const string PoolName = "cp";

    /// <summary>
    /// Builds the control plane. Its VMs hold etcd, so they are protected: replacing one takes a
    /// deliberate unprotect. The joining nodes wait for the first, which publishes the certificates.
    /// </summary>
    /// <exception cref="ArgumentException">The node count is not an odd number of at least 3, or the first node is not the init node.</exception>
    public static PlanComponent Build(NodePoolArgs args, string? parent = null)
    {
        var nodes = args.Nodes;
        if (nodes.Count < 3 || nodes.Count % 2 == 0)
        {
            throw new ArgumentException($"control plane of {args.Settings.ClusterName}: needs an odd number >= 3 of nodes (got {nodes.Count})", nameof(args));
        }

        if (nodes[0].Role != NodeRole.InitControlPlane || nodes.Skip(1).Any(n => n.Role != NodeRole.JoinControlPlane))
        {
            throw new ArgumentException($"control plane of {args.Settings.ClusterName}: the first node must be the init node and the others joining control-plane nodes", nameof(args));
        }

        var first = NodeVirtualMachine.Build(args.Settings, nodes[0], args.Pki, protect: true);
        var others = nodes.Skip(1).Select(n => NodeVirtualMachine.Build(args.Settings, n, args.Pki, protect: true) with { DependsOn = [first.Name] });
        return new PlanComponent(Type, "control-plane", [first, .. others], parent);
    }
}
