using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Postgres;

/// <summary>Every postgres rule, one mistake at a time, with its exact message.</summary>
public class PostgresRuleTests
{
    [Theory]
    [InlineData("    storageTier: researcher\n    backup:", "    storageTier: fast\n    backup:", "research-platform:postgres.storageTier: 'fast' is not a storage tier; declared: student, researcher (research-platform:storage.tiers)")]
    [InlineData("    storageTier: researcher\n    backup:", "    storageTier: researcher\n    instances: 0\n    backup:", "research-platform:postgres.instances: must be 1 to 9 (got 0); 3 keeps the database up through a node's loss")]
    [InlineData("    storageTier: researcher\n    backup:", "    storageTier: researcher\n    size: lots\n    backup:", "research-platform:postgres.size: must be a Kubernetes quantity such as 50Gi (got 'lots')")]
    [InlineData("      endpoint: https://s3.test.other\n", "      endpoint: http://s3.test.other\n", "research-platform:postgres.backup.endpoint: must be the S3 store's https URL, such as https://s3.dc-north.uni-example.edu (got 'http://s3.test.other')")]
    [InlineData("      endpoint: https://s3.test.other\n", "      endpoint: https://seaweedfs.s3.svc\n", "research-platform:postgres.backup.endpoint: seaweedfs.s3.svc is inside the cluster the backups protect, so losing the cluster loses them too; use the site's S3 store outside it, or set allowInClusterTarget: true to accept that")]
    [InlineData("      endpoint: https://s3.test.other\n", "      endpoint: https://s3.test.example\n", "research-platform:postgres.backup.endpoint: s3.test.example is inside the cluster the backups protect, so losing the cluster loses them too; use the site's S3 store outside it, or set allowInClusterTarget: true to accept that")]
    [InlineData("      bucket: pg-backups\n", "      bucket: PG_Backups\n", "research-platform:postgres.backup.bucket: must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-' (got 'PG_Backups')")]
    [InlineData("      network: 10.0.4.0/24\n", "      network: 0.0.0.0/0\n", "research-platform:postgres.backup.network: must be the S3 store's network, such as 10.41.30.0/24; the database may reach nothing else (got '0.0.0.0/0')")]
    [InlineData("      bucket: pg-backups\n", "      bucket: pg-backups\n      schedule: 0 2 * * *\n", "research-platform:postgres.backup.schedule: must be six cron fields, seconds first, such as 0 0 2 * * * (got '0 2 * * *')")]
    [InlineData("      bucket: pg-backups\n", "      bucket: pg-backups\n      retentionDays: 0\n", "research-platform:postgres.backup.retentionDays: must be 1 to 3650 (got 0)")]
    [InlineData("    name: test\n", "    name: test\n    role: standby\n", "research-platform:postgres.backup.peer: is required at a standby site: its database replicates from, or recovers from, the other site's backups; give the other site's name and the bucket that mirrors its backups here (site: north, bucket: dsp-postgres-north-mirror)", "research-platform:replication: is required at a standby site: its claims on replicated tiers (objectstorage in objectstore, homes-researcher in jupyterhub) come from the other site by Trident Protect, and would otherwise be created empty; add 'research-platform:replication' with this site's vault and the peer it mirrors (README, \"Disaster recovery\")")]
    [InlineData("    name: test\n", "    name: test\n    role: recovering\n", "research-platform:postgres.backup.peer: is required at a recovering site: its database replicates from, or recovers from, the other site's backups; give the other site's name and the bucket that mirrors its backups here (site: north, bucket: dsp-postgres-north-mirror)", "research-platform:replication: is required at a recovering site: its claims on replicated tiers (objectstorage in objectstore, homes-researcher in jupyterhub) come from the other site by Trident Protect, and would otherwise be created empty; add 'research-platform:replication' with this site's vault and the peer it mirrors (README, \"Disaster recovery\")")]
    [InlineData("      bucket: pg-backups\n", "      bucket: pg-backups\n      peer:\n        site: test\n        bucket: pg-mirror\n", "research-platform:postgres.backup.peer.site: 'test' is this site's own name; give the other site's, under which it archives")]
    [InlineData("      bucket: pg-backups\n", "      bucket: pg-backups\n      peer:\n        site: other\n        bucket: pg-backups\n", "research-platform:postgres.backup.peer.bucket: 'pg-backups' is this site's own backup bucket; the other site's backups come to a mirror bucket of their own")]
    [InlineData("      bucket: pg-backups\n", "      bucket: pg-backups\n      peer:\n        site: Other_Site\n        bucket: pg-mirror\n", "research-platform:postgres.backup.peer.site: must be the other site's name (its research-platform:site.name), a DNS label (got 'Other_Site')")]
    public void Validate_Postgres_ReportsTheRule(string oldText, string newText, params string[] expected)
    {
        Assert.Equal(expected, TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_InClusterTargetWithTheFlag_IsAccepted()
    {
        var text = TestStacks.MinimalWith("      endpoint: https://s3.test.other\n", "      endpoint: https://seaweedfs.s3.svc\n      allowInClusterTarget: true\n");

        _ = TestStacks.FromText(text); // valid: loading throws on any config error
    }

    [Fact]
    public void Validate_ExternalHubDatabaseWithoutPassword_SaysItIsNeeded()
    {
        var minimal = TestStacks.Minimal;
        var start = minimal.IndexOf("      password:\n        secure: v1:MMMMMMMMMMMMMMMM", StringComparison.Ordinal);
        var text = minimal.Remove(start, "      password:\n        secure: v1:MMMMMMMMMMMMMMMM:NNNNNNNNNNNNNNNNNNNNNNNN\n".Length);

        Assert.Equal(["research-platform:jupyterhub.database.password: is required with host: the password of the hub's role on that server (secret)"], TestStacks.Errors(text));
    }
}
