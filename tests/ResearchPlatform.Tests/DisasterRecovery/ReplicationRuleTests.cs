using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.DisasterRecovery;

/// <summary>The replication section's rules over the minimal standby: each mistake one exact error at its key path.</summary>
public class ReplicationRuleTests
{
    [Theory]
    [InlineData("    peer:\n      site: other\n", "    peer:\n      site: test\n", "research-platform:replication.peer.site: 'test' is this site's own name; give the name of the site whose claims this one mirrors")]
    [InlineData("    peer:\n      site: other\n", "    peer:\n      site: third\n", "research-platform:replication.peer.site: 'third' is not 'other', the site research-platform:postgres.backup.peer.site names: a site's volumes and database come from the same other site")]
    [InlineData("        homes-researcher: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e5f\n", "", "research-platform:replication.peer.applications.homes-researcher: is missing: the UID of other's application 'homes-researcher' (in jupyterhub), which this site mirrors; read it there with kubectl -n jupyterhub get application homes-researcher -o jsonpath='{.metadata.uid}'")]
    [InlineData("        homes-researcher: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e5f\n", "        homes-researcher: homes\n", "research-platform:replication.peer.applications.homes-researcher: must be the application's Kubernetes UID, such as 7498d32c-328e-4ddd-9029-122540866aeb (got 'homes')")]
    [InlineData("        homes-researcher: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e5f\n", "        homes-researcher: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e5f\n        homes-student: 8d4e6f10-2b3c-4a5d-9e8f-0a1b2c3d4e50\n", "research-platform:replication.peer.applications.homes-student: is not an application of replicated claims here; expected: objectstorage, homes-researcher")]
    [InlineData("      bucket: protect-test\n", "      bucket: Protect_Test\n", "research-platform:replication.vault.bucket: must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-' (got 'Protect_Test')")]
    [InlineData("      endpoint: https://s3.test.other\n      network: 10.0.4.0/24\n      bucket: protect-test\n", "      endpoint: http://s3.test.other\n      network: 10.0.4.0/24\n      bucket: protect-test\n", "research-platform:replication.vault.endpoint: must be the S3 store's https URL with no path, such as https://s3.dc-north.uni-example.edu (got 'http://s3.test.other')")]
    [InlineData("      endpoint: https://s3.test.other\n      network: 10.0.4.0/24\n      bucket: protect-test\n", "      endpoint: https://seaweedfs-s3.objectstore.svc\n      network: 10.0.4.0/24\n      bucket: protect-test\n", "research-platform:replication.vault.endpoint: seaweedfs-s3.objectstore.svc is inside the cluster whose volumes the vault describes, so losing the cluster would lose it too; use the site's ONTAP S3")]
    [InlineData("        network: 10.9.4.0/24\n", "        network: 0.0.0.0/0\n", "research-platform:replication.peer.vault.network: must be the S3 store's network, such as 10.41.30.0/24; Trident Protect may reach nothing else (got '0.0.0.0/0')")]
    [InlineData("        endpoint: https://s3.other.example\n        network: 10.9.4.0/24\n        bucket: protect-other\n", "        endpoint: https://s3.test.other\n        network: 10.9.4.0/24\n        bucket: protect-test\n", "research-platform:replication.peer.vault.bucket: 'protect-test' at https://s3.test.other is this site's own vault; give the other site's, as its research-platform:replication.vault says")]
    [InlineData("  research-platform:replication:\n", "  research-platform:replication:\n    intervalMinutes: 1\n", "research-platform:replication.intervalMinutes: must be 5 to 1440 minutes (got 1): Trident Protect's shortest useful schedule is 5 minutes")]
    [InlineData("  research-platform:replication:\n", "  research-platform:replication:\n    intervalMinutes: 45\n", "research-platform:replication.intervalMinutes: 45 min between snapshots and as long between transfers let a volume lose up to 90 min, more than the stated volume RPO of 60 min (research-platform:recovery.volumeRpoMinutes): mirror at most every 30 min, or state the RPO the sites can keep")]
    public void Validate_Replication_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal(1, TestStacks.Standby.Split(oldText).Length - 1);
        Assert.Equal([expected], TestStacks.Errors(TestStacks.Standby.Replace(oldText, newText, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_StandbyWithoutPeer_SaysWhichClaimsNeedASource()
    {
        var withoutPeer = TestStacks.Standby[..TestStacks.Standby.IndexOf("    peer:\n      site: other\n", StringComparison.Ordinal)]
            + TestStacks.Standby[TestStacks.Standby.IndexOf("  research-platform:objectStorage:\n", StringComparison.Ordinal)..];

        Assert.Equal(
            ["research-platform:replication.peer: is required at a standby site: its claims on replicated tiers (objectstorage in objectstore, homes-researcher in jupyterhub) mirror the other site's; give that site's name, its vault and the UID of each of its applications"],
            TestStacks.Errors(withoutPeer));
    }

    [Fact]
    public void Validate_Standby_IsValidWithItsPeers()
    {
        var plan = Stacks.Composition.PlatformComposer.Compose(TestStacks.FromText(TestStacks.Standby));

        // The base layer and the mirrors; none of the tools whose data is mirrored.
        Assert.Contains(plan.Resources, r => r.Name == "mirror-homes-researcher");
        Assert.DoesNotContain(plan.Resources, r => r.Name is "jupyterhub" or "seaweedfs");
    }
}
