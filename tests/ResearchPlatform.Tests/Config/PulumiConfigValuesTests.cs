using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Rendering;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Config;

/// <summary>The Pulumi program reads config through Pulumi's API; it must bind to the very same plan.</summary>
public class PulumiConfigValuesTests
{
    private const string Decrypted = PulumiConfigFixture.Decrypted;

    [Theory]
    [InlineData("prod")]
    [InlineData("dr")]
    public void Bind_PulumiConfigOfAStack_RendersExactlyLikeTheStackFile(string stack)
    {
        var (values, secretKeys) = PulumiConfigFixture.FromStackFile(Path.Combine(RepoPaths.Root, $"Pulumi.{stack}.yaml"));

        var fromPulumi = OfflineRenderer.Compile(PlatformComposer.Compose(StackLoader.FromRaw(PulumiConfigValues.ToRaw(stack, values, secretKeys))));
        var fromFile = OfflineRenderer.Compile(TestStacks.Plan(stack));

        Assert.Equal(fromFile.Files, fromPulumi.Files);
        Assert.DoesNotContain(fromPulumi.Files.Values, text => text.Contains(Decrypted));
    }

    [Fact]
    public void Bind_DecryptedLeafAtASecretField_KeepsOnlyItsPath()
    {
        var raw = PulumiConfigValues.ToRaw(
            "test",
            [KeyValuePair.Create<string, string?>("research-platform:creds", $$"""{"password": "{{Decrypted}}"}""")],
            new HashSet<string> { "research-platform:creds" });
        var binder = new ConfigBinder("Pulumi.test.yaml");

        var bound = binder.Bind<StackConfigFileTests.Credentials>(raw["research-platform:creds"], "research-platform:creds");

        Assert.Empty(binder.Errors);
        Assert.Equal(new SecretValue("research-platform:creds.password"), bound.Password);
    }

    [Fact]
    public void Bind_DecryptedValueOfTheWrongType_IsNotEchoedInTheError()
    {
        var raw = PulumiConfigValues.ToRaw(
            "test",
            [KeyValuePair.Create<string, string?>("research-platform:pool", $$"""{"count": "{{Decrypted}}"}""")],
            new HashSet<string> { "research-platform:pool" });
        var binder = new ConfigBinder("Pulumi.test.yaml");

        binder.Bind<Pool>(raw["research-platform:pool"], "research-platform:pool");

        Assert.Equal(["research-platform:pool.count: must be a whole number (got a secret value)"], binder.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Raw_PlainSecretKey_IsASecretMarker()
    {
        var raw = PulumiConfigValues.ToRaw(
            "test",
            [KeyValuePair.Create<string, string?>("vsphere:password", Decrypted), KeyValuePair.Create<string, string?>("vsphere:user", "svc"), KeyValuePair.Create<string, string?>("vsphere:allowUnverifiedSsl", null)],
            new HashSet<string> { "vsphere:password" });

        Assert.Same(ConfigSecret.Instance, raw["vsphere:password"]);
        Assert.Equal(new ConfigScalar("svc"), raw["vsphere:user"]);
        Assert.Null(raw["vsphere:allowUnverifiedSsl"]);
    }

    public sealed record Pool
    {
        public required int Count { get; init; }
    }
}
