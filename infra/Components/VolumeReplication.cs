using System.Collections.Immutable;
using Pulumi;
using ResearchPlatform.Components.Replication;
using CoreReplication = ResearchPlatform.Components.Replication.VolumeReplication;

namespace ResearchPlatform.Infra.Components;

/// <summary>
/// NetApp Trident Protect: the claims on replicated tiers, mirrored from this site (a primary) or
/// to it (a standby), and promoted when it recovers.
/// </summary>
public sealed class VolumeReplication : PlatformComponentResource
{
    public VolumeReplication(string name, VolumeReplicationArgs args, ComponentResourceOptions? options = null)
        : base(CoreReplication.Type, name, options)
    {
        var namespaces = args.Namespaces.Part!;
        var wiring = CoreReplication.Wiring(args.Replication, args.Cluster.ProviderPlan, namespaces, args.Storage.Parts.Classes);
        var (part, handle) = CoreReplication.Build(args.Replication, wiring, CoreReplication.ClaimNamespaces(args.Replication, namespaces), name);
        Realize(part, args.Cluster.Context, args.Cluster, args.Namespaces, args.Storage);
        Handle = handle;
        ProtectedApplications = Output.Create(ImmutableArray.CreateRange(args.Replication.Claims.Select(c => $"{c.Namespace}/{c.Name}")));
        RegisterOutputs();
    }

    /// <summary>The applications (<c>namespace/name</c>) of the claim sets, whose UIDs the mirroring site names.</summary>
    [Output("protectedApplications")]
    public Output<ImmutableArray<string>> ProtectedApplications { get; }

    /// <summary>What the owners of mirrored claims start after.</summary>
    public ReplicationHandle Handle { get; }
}
