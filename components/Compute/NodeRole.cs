namespace ResearchPlatform.Components.Compute;

/// <summary>What a node does in the cluster.</summary>
public enum NodeRole
{
    /// <summary>The control-plane node that runs <c>kubeadm init</c>.</summary>
    InitControlPlane,

    /// <summary>A control-plane node that joins the first.</summary>
    JoinControlPlane,

    /// <summary>A worker node.</summary>
    Worker,
}
