using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Tests.Support;

namespace ResearchPlatform.Tests.Config;

public class StackConfigFileTests
{
    [Fact]
    public void Parse_SecureLeaf_KeepsOnlyTheMarker()
    {
        var raw = TestStacks.Raw(TestStacks.Minimal);

        Assert.Same(ConfigSecret.Instance, raw["vsphere:password"]);
        Assert.DoesNotContain("BBBB", raw["vsphere:password"]!.ToString());
    }

    [Fact]
    public void Parse_SecretAtSecretField_BindsToItsKeyPath()
    {
        var binder = new ConfigBinder("Pulumi.test.yaml");
        var node = new ConfigMapping([KeyValuePair.Create<string, ConfigNode>("password", ConfigSecret.Instance)]);

        var bound = binder.Bind<Credentials>(node, "research-platform:storage.svms[0]");

        Assert.Empty(binder.Errors);
        Assert.Equal("research-platform:storage.svms[0].password", bound.Password.KeyPath);
    }

    [Fact]
    public void Parse_PlainTextAtSecretField_SaysHowToStoreItEncrypted()
    {
        var binder = new ConfigBinder("Pulumi.test.yaml");
        var node = new ConfigMapping([KeyValuePair.Create<string, ConfigNode>("password", new ConfigScalar("hunter2"))]);

        binder.Bind<Credentials>(node, "research-platform:storage.svms[0]");

        Assert.Equal(
            ["research-platform:storage.svms[0].password: must be a secret, so that it is stored encrypted: set it with pulumi config set --secret --path 'research-platform:storage.svms[0].password' <value>"],
            binder.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Parse_BrokenYaml_NamesFileLineAndColumn()
    {
        var e = Assert.Throws<ConfigException>(() => TestStacks.Raw("config:\n  research-platform:site: [a, b\n"));

        var error = Assert.Single(e.Errors);
        Assert.StartsWith("Pulumi.test.yaml:3:1: not valid YAML", error.ToString());
    }

    [Fact]
    public void Load_MissingStackFile_SaysHowToCreateIt()
    {
        var e = Assert.Throws<ConfigException>(() => StackLoader.Load(RepoPaths.Root, "staging"));

        Assert.Equal($"Pulumi.staging.yaml: no such file in {RepoPaths.Root}; create it with 'pulumi stack init staging' or pass --dir", Assert.Single(e.Errors).ToString());
    }

    /// <summary>A record with a secret, as sections with credentials declare them.</summary>
    public sealed record Credentials
    {
        public required SecretValue Password { get; init; }
    }
}
