using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Replication;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;
using YamlDotNet.RepresentationModel;
using static ResearchPlatform.Tests.Compute.RenderedNode;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>
/// Drills over the renders: prod as primary, dr as standby, then dr as recovering. What prod keeps,
/// dr has a counterpart of and a source for; nothing that should be reconnected is created empty.
/// </summary>
public class DrillTests
{
    private static readonly PlatformPlan Prod = TestStacks.Plan("prod");
    private static readonly PlatformPlan Dr = TestStacks.Plan("dr");
    private static readonly PlatformPlan DrRecovering = TestStacks.Recovering();

    /// <summary>The object of kind <paramref name="kind"/> of the manifest resource <paramref name="name"/> in <paramref name="plan"/>'s render.</summary>
    private static YamlNode Object(PlatformPlan plan, string name, string kind = "AppMirrorRelationship", string? objectName = null)
    {
        var resource = plan.Resources.Single(r => r.Name == name);
        var component = plan.Components.Single(c => c.Resources.Contains(resource)).Name;
        return Parse(OfflineRenderer.Compile(plan).Files[$"components/{component}/{name}.manifest.yaml"]).Single(o => At(o, "kind") == kind && (objectName is null || At(o, "metadata", "name") == objectName));
    }

    /// <summary>Every resource <paramref name="name"/> waits for, directly or through others.</summary>
    private static HashSet<string> Upstream(PlatformPlan plan, string name)
    {
        var byName = plan.Resources.ToDictionary(r => r.Name);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(byName[name].DependsOn);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next) && byName.TryGetValue(next, out var resource))
            {
                foreach (var d in resource.DependsOn)
                {
                    pending.Push(d);
                }
            }
        }

        return seen;
    }

    /// <summary>The claim sets prod protects: its Trident Protect applications, by name.</summary>
    private static IReadOnlyList<string> ProtectedSets => Prod.Resources.Where(r => r.Name.StartsWith("protect-", StringComparison.Ordinal)).Select(r => r.Name["protect-".Length..]).ToList();

    [Fact]
    public void Drill_EveryProtectedResourceOfProd_HasItsCounterpartAtTheRecoveringDr()
    {
        var dr = DrRecovering.Resources.ToDictionary(r => r.Name);
        var protectedAtProd = Prod.Resources.Where(r => r.Options.Protect && !r.Name.StartsWith("protect-", StringComparison.Ordinal)).ToList();

        // A source's applications are the one exception: dr has a mirror of each instead (next drill).
        Assert.NotEmpty(protectedAtProd);
        Assert.All(protectedAtProd, r =>
        {
            Assert.True(dr.TryGetValue(r.Name, out var counterpart), $"{r.Name} is kept at prod but missing at dr");
            Assert.Equal((r.Spec.Kind, r.Options.Protect, r.Options.RetainOnDelete), (counterpart!.Spec.Kind, counterpart.Options.Protect, counterpart.Options.RetainOnDelete));
        });
    }

    [Fact]
    public void Drill_DrStandby_MirrorsEveryClaimSetOfProd()
    {
        Assert.Equal(["objectstorage", "homes-researcher"], ProtectedSets);
        Assert.All(ProtectedSets, set =>
        {
            var application = Object(Prod, $"protect-{set}", "Application");
            var schedule = Object(Prod, $"protect-{set}", "Schedule", $"{set}-replication");
            var mirror = Object(Dr, $"mirror-{set}");
            var ns = At(application, "metadata", "namespace");

            Assert.Equal(("AppMirrorRelationship", "Established", set, ns), (At(mirror, "kind"), At(mirror, "spec", "desiredState"), At(mirror, "spec", "sourceApplicationName"), At(mirror, "metadata", "namespace")));
            Assert.Equal(("vault-north", "vault-south"), (At(mirror, "spec", "sourceAppVaultRef"), At(mirror, "spec", "destinationAppVaultRef")));
            Assert.Equal(ns, At(((YamlSequenceNode)mirror["spec"]["namespaceMapping"])[0], "destination"));

            // prod snapshots as often as dr transfers: the mirrors' RPO is two intervals.
            Assert.Equal(At(schedule, "spec", "recurrenceRule"), At(mirror, "spec", "recurrenceRule"));
            Assert.Equal("DTSTART:20260101T000000Z\nRRULE:FREQ=MINUTELY;INTERVAL=15", At(mirror, "spec", "recurrenceRule"));
        });
    }

    [Fact]
    public void Drill_DrStandby_RunsNothingThatWouldCreateAMirroredClaimEmpty()
    {
        var mirrored = ProtectedSets.Select(set => At(Object(Dr, $"mirror-{set}"), "metadata", "namespace")).ToHashSet(StringComparer.Ordinal);

        // No release and no manifest but the mirrors themselves goes into a namespace whose claims come from prod.
        var writers = Dr.Resources.Where(r => r.Name.StartsWith("mirror-", StringComparison.Ordinal) is false)
            .Where(r => r.Spec is Components.Plan.Resources.HelmReleaseSpec release && mirrored.Contains(release.Namespace))
            .Select(r => r.Name);
        Assert.Empty(writers);
        Assert.DoesNotContain(Dr.Resources, r => r.Name is "jupyterhub" or "seaweedfs");
        Assert.Contains(DrRecovering.Resources, r => r.Name == "jupyterhub");

        // Nor does it watch what it does not run: no probe of the hub, no monitor of SeaweedFS, until it recovers.
        static string Monitoring(PlatformPlan plan, string file) => OfflineRenderer.Compile(plan).Files[$"components/monitoring/{file}.manifest.yaml"];
        Assert.DoesNotContain("https://hub.dsp.uni-example.edu/", Monitoring(Dr, "platform-probes"));
        Assert.Contains("https://hub.dsp.uni-example.edu/", Monitoring(DrRecovering, "platform-probes"));
        Assert.DoesNotContain("app.kubernetes.io/name: seaweedfs", Monitoring(Dr, "platform-monitors"));
        Assert.Contains("app.kubernetes.io/name: seaweedfs", Monitoring(DrRecovering, "platform-monitors"));
    }

    [Fact]
    public void Drill_DrRecovering_PromotesEveryMirrorBeforeTheOwnerOfItsClaimsStarts()
    {
        Assert.All(ProtectedSets, set =>
        {
            var mirror = Object(DrRecovering, $"mirror-{set}");

            Assert.Equal("Promoted", At(mirror, "spec", "desiredState"));
            Assert.Equal($"jsonpath={{.status.state}}={VolumeReplication.PromotedState}", At(mirror, "metadata", "annotations", "pulumi.com/waitFor"));
        });

        // The hub (researcher homes) and the object store (its volumes) start once their claims are back.
        Assert.Contains("mirror-homes-researcher", Upstream(DrRecovering, "jupyterhub"));
        Assert.Contains("mirror-objectstorage", Upstream(DrRecovering, "seaweedfs"));
    }

    [Fact]
    public void Drill_EveryDatabaseOfProd_HasAReplicationSourceAtDr()
    {
        static IEnumerable<string> Databases(PlatformPlan plan) => OfflineRenderer.Compile(plan).Files
            .Where(f => f.Key.StartsWith("components/postgres/postgres-database-", StringComparison.Ordinal) && f.Key.EndsWith(".manifest.yaml", StringComparison.Ordinal))
            .SelectMany(f => Parse(f.Value)).Select(d => At(d, "spec", "name")).Order(StringComparer.Ordinal);
        var cluster = Parse(OfflineRenderer.Compile(Dr).Files["components/postgres/postgres-cluster.manifest.yaml"]).Single();

        // Every database lives in dr's one cluster, which is made from prod's backups and replays them: none starts empty.
        Assert.Contains("jupyterhub", Databases(Prod));
        Assert.Equal(Databases(Prod), Databases(Dr));
        Assert.Equal(("north", "north"), (At(cluster, "spec", "bootstrap", "recovery", "source"), At(cluster, "spec", "replica", "source")));
    }
}
