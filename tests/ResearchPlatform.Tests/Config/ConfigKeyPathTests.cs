using System.Text.Json;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Tests.Config;

public class ConfigKeyPathTests
{
    [Fact]
    public void Parse_PathWithIndexes_SplitsKeyAndSegments()
    {
        var path = ConfigKeyPath.Parse("research-platform:storage.svms[1].credentials.password");

        Assert.Equal("research-platform:storage", path.Key);
        Assert.Equal(["svms", 1, "credentials", "password"], path.Segments);
    }

    [Fact]
    public void Parse_DictionaryKeyWithADash_IsOneSegment()
    {
        var path = ConfigKeyPath.Parse("research-platform:objectStorage.external.keys.notebooks-student.secretAccessKey");

        Assert.Equal(["external", "keys", "notebooks-student", "secretAccessKey"], path.Segments);
    }

    [Fact]
    public void Navigate_IntoTheKeysValue_FindsTheLeaf()
    {
        using var json = JsonDocument.Parse("""{"svms": [{"password": "a"}, {"password": "b"}]}""");

        Assert.Equal("b", ConfigKeyPath.Parse("research-platform:storage.svms[1].password").Navigate(json.RootElement).GetString());
        Assert.Equal("x", ConfigKeyPath.Parse("vsphere:password").Navigate(JsonDocument.Parse("\"x\"").RootElement).GetString());
    }

    [Fact]
    public void Navigate_MissingEntry_NamesTheKeyAndThePath()
    {
        using var json = JsonDocument.Parse("""{"svms": []}""");

        var e = Assert.Throws<KeyNotFoundException>(() => ConfigKeyPath.Parse("research-platform:storage.svms[0].password").Navigate(json.RootElement));

        Assert.Equal("config value research-platform:storage has nothing at .svms[0].password", e.Message);
    }

    [Theory]
    [InlineData("storage.password")]
    [InlineData("research-platform:")]
    [InlineData("research-platform:storage..x")]
    [InlineData("research-platform:storage.svms[\u0661]")]
    public void Parse_NotAPath_Throws(string text)
    {
        Assert.Throws<FormatException>(() => ConfigKeyPath.Parse(text));
    }
}
