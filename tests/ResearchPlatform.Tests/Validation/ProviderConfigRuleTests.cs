using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Validation;

public class ProviderConfigRuleTests
{
    [Fact]
    public void Validate_MissingVsphereConnection_SaysHowToAddIt()
    {
        var text = TestStacks.Minimal
            .Replace("  vsphere:vsphereServer: vcenter.test.example\n", "")
            .Replace("  vsphere:password:\n    secure: v1:AAAAAAAAAAAAAAAA:BBBBBBBBBBBBBBBBBBBBBBBB\n", "");

        Assert.Equal(
        [
            "vsphere:vsphereServer: is required: add it to Pulumi.test.yaml (pulumi config set -s test vsphere:vsphereServer vcenter.example.org)",
            "vsphere:password: is required: add it to Pulumi.test.yaml as a secret (pulumi config set -s test --secret vsphere:password <value>)",
        ], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_UnverifiedVcenterTls_IsRefused()
    {
        var text = TestStacks.MinimalWith("  vsphere:user: svc@vsphere.local", "  vsphere:user: svc@vsphere.local\n  vsphere:allowUnverifiedSsl: true");

        Assert.Equal(["vsphere:allowUnverifiedSsl: must not be true: the vCenter certificate is verified; trust its CA on the machine that runs Pulumi instead"], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_KeysThatWouldBeIgnored_AreErrors()
    {
        var text = TestStacks.MinimalWith("  vsphere:user: svc@vsphere.local", "  vsphere:user: svc@vsphere.local\n  kubernetes:context: admin\n  aws:region: eu-central-1\n  pulumi:tags: {team: dc-ops}");

        Assert.Equal(
        [
            "kubernetes:context: has no effect: the platform's Kubernetes provider is built from the plan; remove the key",
            "aws:region: is not a key this project reads; keys are research-platform:<section>, vsphere:<setting> or pulumi:<setting>",
        ], TestStacks.Errors(text));
    }
}
