using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Tests.Plan;

public class PlanValueResolverTests
{
    private static readonly OutputReference Token = new("bootstrap-token-id", "result", true);
    private static readonly OutputReference Cert = new("cluster-ca-cert", "certPem", false);

    [Fact]
    public void Resolve_DeployedValues_ComposesTextAndDocuments()
    {
        var values = new Dictionary<ReferenceValue, string> { [Token] = "abcdef", [Cert] = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n" };
        var resolver = new PlanValueResolver(r => values[r]);
        var document = new YamlDocumentValue(Map(("token", Text(Token, ".", "0123456789abcdef")), ("ca", Cert), ("caData", new Base64Value(Cert))), "#cloud-config");

        var text = resolver.ResolveText(document);

        Assert.Equal(
            "#cloud-config\ntoken: abcdef.0123456789abcdef\nca: |\n  -----BEGIN CERTIFICATE-----\n  MIIB\n  -----END CERTIFICATE-----\ncaData: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUIKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=\n",
            text);
    }

    [Fact]
    public void Resolve_JsonDocument_IsIndentedJsonWithTheDeployedValuesEscaped()
    {
        var values = new Dictionary<ReferenceValue, string> { [Token] = "ab\"cd" };
        var resolver = new PlanValueResolver(r => values[r]);
        var document = new JsonDocumentValue(Map(("identities", List(Map(("name", "notebooks"), ("key", Token), ("actions", Strings(["Read:research"])), ("n", 2))))));

        var text = resolver.ResolveText(document);

        Assert.Equal("{\n  \"identities\": [\n    {\n      \"name\": \"notebooks\",\n      \"key\": \"ab\\\"cd\",\n      \"actions\": [\n        \"Read:research\"\n      ],\n      \"n\": 2\n    }\n  ]\n}\n", text);
        Assert.True(document.IsSecret);
    }

    [Fact]
    public void Resolve_Symbolic_ShowsReferencesByNameAndSecretsAsSecret()
    {
        var value = Map(
            ("token", Text(Token, ".", "x")),
            ("ca", Cert),
            ("password", new ConfigSecretReference("research-platform:storage.svms[0].password")),
            ("caData", new Base64Value(Cert)),
            ("literal", new Base64Value("hello")));

        var resolved = (OrderedDictionary<string, object?>)PlanValueResolver.Symbolic.Resolve(value)!;

        Assert.Equal("${secret:bootstrap-token-id.result}.x", resolved["token"]);
        Assert.Equal("${cluster-ca-cert.certPem}", resolved["ca"]);
        Assert.Equal("${secret:config:research-platform:storage.svms[0].password}", resolved["password"]);
        Assert.Equal("${base64:cluster-ca-cert.certPem}", resolved["caData"]);
        Assert.Equal("aGVsbG8=", resolved["literal"]);
    }

    [Fact]
    public void References_AnyValueBuiltFromASecret_IsSecret()
    {
        Assert.True(new Base64Value(Text("a", Token)).IsSecret);
        Assert.False(Map(("ca", Cert)).IsSecret);
        Assert.Equal([Token, Cert], List(Token, Text(Cert, Token)).References());
    }
}
