using ResearchPlatform.Infra.Tests.Support;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Infra.Tests;

public class ConfigTests
{
    [Fact]
    public async Task Run_InvalidConfigUnderASecretKey_FailsWithoutShowingTheValue()
    {
        var (values, secretKeys) = PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, "Pulumi.prod.yaml"));
        values = values.Select(v => v.Key == "research-platform:site" ? KeyValuePair.Create<string, string?>(v.Key, v.Value!.Replace("\"north\"", "\"North_Site\"")) : v).ToList();
        secretKeys.Add("research-platform:site");
        PulumiRun.UseConfig((values, secretKeys));

        var e = await Assert.ThrowsAnyAsync<Exception>(() => PulumiRun.ProgramAsync(() => PlatformProgram.Realize("prod")));

        // However the engine wraps the program's exception, its text is what the operator reads.
        Assert.Contains("research-platform:site.name: is invalid; the value is under a secret key, so run 'research-platform validate prod' to see why", e.ToString());
        Assert.DoesNotContain("North_Site", e.ToString());
    }
}
