using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Tests.Plan;

public class PlanYamlTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("No")]
    [InlineData("0755")]
    [InlineData("1.0")]
    [InlineData("10")]
    [InlineData("1e3")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("12:30")]
    public void Serialize_StringsAYaml11ReaderWouldRetype_AreQuoted(string value)
    {
        var yaml = PlanYaml.Serialize(new OrderedDictionary<string, object?> { ["v"] = value });

        Assert.Equal($"v: \"{value}\"\n", yaml);
    }

    [Fact]
    public void Serialize_ScalarsAndEmptyCollections_KeepTheirTypes()
    {
        var tree = new OrderedDictionary<string, object?>
        {
            ["s"] = "plain",
            ["count"] = 3L,
            ["b"] = false,
            ["z"] = null,
            ["ip"] = "10.0.0.1",
            ["list"] = new List<object?>(),
            ["map"] = new OrderedDictionary<string, object?>(),
        };

        Assert.Equal("s: plain\ncount: 3\nb: false\nz: null\nip: 10.0.0.1\nlist: []\nmap: {}\n", PlanYaml.Serialize(tree));
    }

    [Fact]
    public void Serialize_MultiLineText_IsALiteralBlock()
    {
        var yaml = PlanYaml.Serialize(new OrderedDictionary<string, object?> { ["script"] = "#!/bin/bash\nset -e\n" });

        Assert.Equal("script: |\n  #!/bin/bash\n  set -e\n", yaml);
    }
}
