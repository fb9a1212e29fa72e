using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.ObjectStorage;

/// <summary>Every objectStorage rule, one mistake at a time, with its exact message.</summary>
public class ObjectStorageRuleTests
{
    [Theory]
    [InlineData("    storageTier: researcher\n    buckets:", "    storageTier: fast\n    buckets:", "research-platform:objectStorage.storageTier: 'fast' is not a storage tier; declared: student, researcher (research-platform:storage.tiers)")]
    [InlineData("    storageTier: researcher\n    buckets:", "    storageTier: student\n    buckets:", "research-platform:objectStorage.storageTier: tier 'student' is not replicated, so the DR site would have no copy of the objects; name a tier with replicated: true (replicated: researcher)")]
    [InlineData("    storageTier: researcher\n    buckets:", "    buckets:", "research-platform:objectStorage.storageTier: is required for the in-cluster store: name a replicated storage tier (replicated: researcher)")]
    [InlineData("    storageTier: researcher\n    buckets:", "    storageTier: researcher\n    volumeServers: 1\n    buckets:", "research-platform:objectStorage.volumeServers: must be 2 to 32 (got 1); every object is kept on two of them")]
    [InlineData("    storageTier: researcher\n    buckets:", "    storageTier: researcher\n    volumeSize: lots\n    buckets:", "research-platform:objectStorage.volumeSize: must be a Kubernetes quantity such as 500Gi (got 'lots')")]
    [InlineData("      - name: research\n  research-platform:jupyterhub:", "      - name: Research_Data\n  research-platform:jupyterhub:", "research-platform:objectStorage.buckets[0]: bucket 'Research_Data' must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit, not shaped like an IP address")]
    [InlineData("      - name: research\n  research-platform:jupyterhub:", "      - name: 10.0.0.1\n  research-platform:jupyterhub:", "research-platform:objectStorage.buckets[0]: bucket '10.0.0.1' must be an S3 bucket name: 3 to 63 lower-case letters, digits, '.' and '-', starting and ending with a letter or digit, not shaped like an IP address")]
    [InlineData("      - name: research\n  research-platform:jupyterhub:", "      - name: research\n      - name: research\n  research-platform:jupyterhub:", "research-platform:objectStorage.buckets[1]: bucket 'research' is already declared; each bucket has one owner")]
    [InlineData("      - name: research\n  research-platform:jupyterhub:", "      - name: research\n        students: everything\n  research-platform:jupyterhub:", "research-platform:objectStorage.buckets[0].students: must be one of none, read, write (got 'everything')")]
    [InlineData("    storageTier: researcher\n    buckets:", "    server: cloud\n    storageTier: researcher\n    buckets:", "research-platform:objectStorage.server: must be one of in-cluster, external (got 'cloud')")]
    [InlineData("    storageTier: researcher\n    buckets:", "    server: external\n    buckets:", "research-platform:objectStorage.external: is required for server: external: give the site store's endpoint, network, caCertificate and one key pair per identity")]
    [InlineData("      - name: research\n  research-platform:jupyterhub:", "      - name: research\n    external:\n      endpoint: https://s3.test.other\n      network: 10.0.4.0/24\n      caCertificate: none\n  research-platform:jupyterhub:", "research-platform:objectStorage.external: is set, but server is in-cluster: remove it, or set server: external to use the site's store")]
    public void Validate_ObjectStorage_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_ExternalStoreWithEveryKey_IsAccepted()
    {
        _ = TestStacks.FromText(ObjectStorageStacks.External); // valid: loading throws on any config error
    }

    [Fact]
    public void Validate_ExternalStoreWithEverythingWrong_ReportsEachMistakeAtOnce()
    {
        var text = ObjectStorageStacks.External
            .Replace("      endpoint: https://objects.test.other\n", "      endpoint: objects.test.other\n")
            .Replace("      network: 10.0.4.0/24\n      caCertificate", "      network: 0.0.0.0/0\n      caCertificate")
            .Replace("        notebooks-student:", "        notebooks-staff:");

        Assert.Equal(
            [
                "research-platform:objectStorage.external.endpoint: must be the S3 store's https URL, such as https://s3.dc-north.uni-example.edu (got 'objects.test.other')",
                "research-platform:objectStorage.external.network: must be the S3 store's network, such as 10.41.30.0/24; clients may reach nothing else there (got '0.0.0.0/0')",
                "research-platform:objectStorage.external.keys.notebooks-student: is missing: create user 'notebooks-student' on the store with access to research (read), then set its accessKeyId and secretAccessKey here as secrets",
                "research-platform:objectStorage.external.keys.notebooks-staff: is no platform identity; the identities are notebooks-researcher, notebooks-student",
            ],
            TestStacks.Errors(text));
    }
}
