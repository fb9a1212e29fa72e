using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Tests.Config;

public class PulumiConfigRedactionTests
{
    [Fact]
    public void Redacted_ErrorUnderASecretKey_ShowsNoValue()
    {
        var e = new ConfigException("prod",
        [
            new ConfigError("research-platform:site.name", "must be a DNS label (got 'hunter2')"),
            new ConfigError("research-platform:cluster.name", "must be a DNS label (got 'Dsp')"),
        ]);

        var redacted = e.Redacted(new HashSet<string> { "research-platform:site" });

        Assert.Equal(
        [
            "research-platform:site.name: is invalid; the value is under a secret key, so run 'research-platform validate prod' to see why",
            "research-platform:cluster.name: must be a DNS label (got 'Dsp')",
        ], redacted.Errors.Select(x => x.ToString()));
    }

    [Fact]
    public void KnownKeys_AreEverySectionAndTheProviderConnection()
    {
        // The base layers' keys, then every registered section's, then the provider connection.
        Assert.Equal(
            [
                "research-platform:site", "research-platform:vsphere", "research-platform:cluster", "research-platform:storage", "research-platform:recovery",
                .. Stacks.Sections.PlatformSections.All.Select(s => $"research-platform:{s.Key}").Order(StringComparer.Ordinal),
                "vsphere:vsphereServer", "vsphere:user", "vsphere:password", "vsphere:allowUnverifiedSsl",
            ],
            PulumiConfigValues.KnownKeys);
    }
}
