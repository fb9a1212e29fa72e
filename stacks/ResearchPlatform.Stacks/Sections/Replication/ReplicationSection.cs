using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Platform;
using ResearchPlatform.Components.Replication;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Replication;

/// <summary>
/// <c>research-platform:replication</c>: NetApp Trident Protect mirrors every claim set on a
/// replicated tier (<see cref="IReplicatedClaims"/>) to the other site with SnapMirror. The site's
/// role decides what it does: a primary is the source, a standby mirrors, a recovering site promotes.
/// Publishes the <see cref="ReplicationHandle"/> the owners of those claims start after.
/// </summary>
public sealed class ReplicationSection : PlatformSection<VolumeReplicationArgs>
{
    public override string Key => "replication";

    public override IReadOnlyList<IConfigRule> Rules { get; } = [new ReplicationRules()];

    /// <summary>Every claim set the sections declare in this stack, in section order.</summary>
    public static IReadOnlyList<ProtectedClaims> Claims(StackConfig config) =>
        PlatformSections.All.OfType<IReplicatedClaims>().SelectMany(s => s.ReplicatedClaims(config)).ToList();

    /// <summary>The AppVault name of site <paramref name="site"/>: the same object at both sites.</summary>
    public static string VaultName(string site) => $"vault-{site}";

    public override IEnumerable<PlatformNamespace> Namespaces(StackConfig config)
    {
        if (config.Replication is not { } replication)
        {
            return [];
        }

        return
        [
            new(VolumeReplication.Namespace, "restricted", "NetApp Trident Protect: the volume mirrors to and from the other site")
            {
                // The chart's install and delete hooks run kubectl with no resources of their own.
                DefaultResources = new ContainerDefaults("50m", "64Mi", "500m", "256Mi"),
                Ingress = [new IngressAllowance("webhook-from-api-server", [config.Site.Network.Subnet.ToString()], [9443]) { Pods = ("control-plane", ["controller-manager"]) }],
                Egress =
                [
                    PlatformNamespaces.ApiEgress(config),
                    new EgressAllowance("vault", [replication.Vault.Network.ToString()], [Port(replication.Vault)]),
                    .. replication.Peer is { } peer ? [new EgressAllowance("peer-vault", [peer.Vault.Network.ToString()], [Port(peer.Vault)])] : Array.Empty<EgressAllowance>(),
                ],
            },
        ];
    }

    public override VolumeReplicationArgs? Args(StackConfig config) => config.Replication is not { } replication ? null : new()
    {
        ClusterName = config.Site.Name,
        Vault = Vault(config.Site.Name, replication.Vault, replication.CaCertificate),
        Role = config.Site.Role switch
        {
            SiteRole.Primary => ReplicationRole.Source,
            SiteRole.Standby => ReplicationRole.Mirror,
            _ => ReplicationRole.Promote,
        },
        Source = replication.Peer is { } peer && config.Site.Role != SiteRole.Primary ? new ReplicationSource(Vault(peer.Site, peer.Vault, replication.CaCertificate), peer.Applications) : null,
        Claims = Claims(config),
        IntervalMinutes = replication.IntervalMinutes,
    };

    public override IEnumerable<StackOutput> Outputs(VolumeReplicationArgs args) => args.Role == ReplicationRole.Source
        ? [new("protectedApplications", PlanValues.Strings(args.Claims.Select(c => $"{c.Namespace}/{c.Name}")), "the Trident Protect applications the other site mirrors: give each one's UID in its replication.peer.applications")]
        : [];

    public override SectionParts Compose(VolumeReplicationArgs args, PlatformHandles platform)
    {
        var wiring = VolumeReplication.Wiring(args, platform.Cluster.Provider, platform.Namespaces, platform.Storage.Classes);
        var (component, handle) = VolumeReplication.Build(args, wiring, VolumeReplication.ClaimNamespaces(args, platform.Namespaces));
        return new SectionParts([component]) { Handles = [handle] };
    }

    private static ProtectVault Vault(string site, ReplicationVaultConfig vault, string caCertificate) => new()
    {
        Name = VaultName(site),
        Endpoint = Uri.TryCreate(vault.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint.Authority : vault.Endpoint,
        Bucket = vault.Bucket,
        CaCertificate = caCertificate,
        AccessKeyId = new ConfigSecretReference(vault.AccessKeyId.KeyPath),
        SecretAccessKey = new ConfigSecretReference(vault.SecretAccessKey.KeyPath),
    };

    private static int Port(ReplicationVaultConfig vault) => Uri.TryCreate(vault.Endpoint, UriKind.Absolute, out var endpoint) ? endpoint.Port : 443;
}
