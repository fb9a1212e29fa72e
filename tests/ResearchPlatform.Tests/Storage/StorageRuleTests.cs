using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Storage;

/// <summary>Every storage rule, one mistake at a time, with its exact message.</summary>
public class StorageRuleTests
{
    [Theory]
    [InlineData("        svm: main\n        driver: ontap-nas\n", "        svm: south\n        driver: ontap-nas\n", "research-platform:storage.tiers[1].svm: 'south' is not a declared SVM; declared: main (research-platform:storage.svms)")]
    [InlineData("        driver: ontap-nas\n", "        driver: ontap-nas\n        snapshotReserve: 95\n", "research-platform:storage.tiers[1].snapshotReserve: must be a percentage from 0 to 90 (got 95)")]
    [InlineData("        driver: ontap-nas\n", "        driver: ontap-nas\n        unixPermissions: rwxrwx---\n", "research-platform:storage.tiers[1].unixPermissions: must be octal mode bits such as 0770 (got 'rwxrwx---')")]
    [InlineData("        driver: ontap-nas-economy\n        default: true\n", "        driver: ontap-nas-economy\n        default: true\n        replicated: true\n", "research-platform:storage.tiers[0].replicated: ontap-nas-economy volumes are qtrees that ONTAP cannot mirror one by one; use driver ontap-nas for a replicated tier")]
    [InlineData("        driver: ontap-nas-economy\n        default: true\n", "        driver: ontap-nas-economy\n", "research-platform:storage.tiers: exactly one tier must be the default StorageClass: set 'default: true' on one")]
    [InlineData("        driver: ontap-nas\n", "        driver: ontap-nas\n        default: true\n", "research-platform:storage.tiers: exactly one tier must be the default StorageClass, but student and researcher are")]
    [InlineData("        driver: ontap-nas\n", "        driver: ontap-san\n", "research-platform:storage.tiers[1].driver: must be one of ontap-nas, ontap-nas-economy (got 'ontap-san')")]
    public void Validate_Tiers_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Theory]
    [InlineData("        group: CN=Chem,OU=Groups,DC=test,DC=example\n", "        group: Chemistry-Users\n", "research-platform:storage.shares[0].group: must be the full DN of an AD group, such as CN=DSP-Chemistry,OU=Groups,DC=uni-example,DC=edu (got 'Chemistry-Users')")]
    [InlineData("        share: chem\n", "        share: chem/projects\n", "research-platform:storage.shares[0].share: must be a share name without slashes (got 'chem/projects')")]
    [InlineData("        share: chem\n", "        share: chem\n        subDirectory: ../other\n", "research-platform:storage.shares[0].subDirectory: must be a relative path inside the share, with '/' between parts (got '../other')")]
    [InlineData("        share: chem\n", "        share: chem\n        capacity: 0Ti\n", "research-platform:storage.shares[0].capacity: must be a positive Kubernetes quantity such as 500Gi or 2Ti (got '0Ti')")]
    [InlineData("        share: chem\n", "        share: chem\n        capacity: lots\n", "research-platform:storage.shares[0].capacity: must be a positive Kubernetes quantity such as 500Gi or 2Ti (got 'lots')")]
    [InlineData("        server: fs.test.example\n", "        server: fs_test\n", "research-platform:storage.shares[0].server: must be the file server's DNS name (got 'fs_test')")]
    [InlineData("        password:\n          secure: v1:EEEEEEEEEEEEEEEE:FFFFFFFFFFFFFFFFFFFFFFFF", "        password: chem-password", "research-platform:storage.shares[0].password: must be a secret, so that it is stored encrypted: set it with pulumi config set --secret --path 'research-platform:storage.shares[0].password' <value>")]
    public void Validate_Shares_ReportsTheRule(string oldText, string newText, string expected)
    {
        Assert.Equal([expected], TestStacks.Errors(TestStacks.MinimalWith(oldText, newText)));
    }

    [Fact]
    public void Validate_RenamedTier_BreaksItsNameRuleAndTheHubsReference()
    {
        Assert.Equal(
        [
            "research-platform:storage.tiers[1].name: 'student' is already the name of research-platform:storage.tiers[0]; names must be unique",
            "research-platform:postgres.storageTier: 'researcher' is not a storage tier; declared: student, student (research-platform:storage.tiers)",
            "research-platform:objectStorage.storageTier: 'researcher' is not a storage tier; declared: student, student (research-platform:storage.tiers)",
            "research-platform:jupyterhub.tiers.researchers.storageTier: 'researcher' is not a storage tier; declared: student, student (research-platform:storage.tiers)",
        ], TestStacks.Errors(TestStacks.MinimalWith("      - name: researcher\n", "      - name: student\n")));
        Assert.Equal(
            "research-platform:storage.tiers[1].name: must be a DNS label: lower-case letters, digits and '-', at most 63 characters (got 'Researchers')",
            TestStacks.Errors(TestStacks.MinimalWith("      - name: researcher\n", "      - name: Researchers\n"))[0]);
    }

    [Fact]
    public void Validate_TheSameShareTwice_NamesTheFirst()
    {
        var first = "          secure: v1:EEEEEEEEEEEEEEEE:FFFFFFFFFFFFFFFFFFFFFFFF\n";
        var second = "      - name: chem2\n        server: FS.test.example\n        share: chem\n        group: CN=Chem,OU=Groups,DC=test,DC=example\n        username: svc-smb\n        domain: TEST\n        password:\n          secure: v1:GGGGGGGGGGGGGGGG:HHHHHHHHHHHHHHHHHHHHHHHH\n";

        var errors = TestStacks.Errors(TestStacks.MinimalWith(first, first + second));

        Assert.Equal(["research-platform:storage.shares[1]: //FS.test.example/chem is already mounted by research-platform:storage.shares[0]; a share and sub-directory is mounted once"], errors);
    }

    [Fact]
    public void Validate_MissingStorageSection_SaysWhereToAddIt()
    {
        var minimal = TestStacks.Minimal;
        var text = minimal[..minimal.IndexOf("  research-platform:storage:", StringComparison.Ordinal)] + minimal[minimal.IndexOf("  research-platform:entry:", StringComparison.Ordinal)..];

        Assert.Equal(["research-platform:storage: is required: add 'research-platform:storage' to Pulumi.test.yaml"], TestStacks.Errors(text));
    }
}
