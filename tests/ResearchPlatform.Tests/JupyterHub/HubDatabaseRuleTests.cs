using ResearchPlatform.Tests.Support;
using static ResearchPlatform.Tests.JupyterHub.HubValues;

namespace ResearchPlatform.Tests.JupyterHub;

/// <summary>The hub database connection is encrypted and verifies the server against a CA from config.</summary>
public class HubDatabaseRuleTests
{
    private static readonly int CaStart = TestStacks.Minimal.IndexOf("      caCertificate: |\n", TestStacks.Minimal.IndexOf("      host: pg.test.example\n", StringComparison.Ordinal), StringComparison.Ordinal);

    private static readonly string CaBlock = TestStacks.Minimal[CaStart..(TestStacks.Minimal.IndexOf("-----END CERTIFICATE-----\n", CaStart, StringComparison.Ordinal) + "-----END CERTIFICATE-----\n".Length)];

    [Fact]
    public void Validate_VerifyFullWithoutCa_ExplainsWhyTheHubWouldNotStart()
    {
        var text = TestStacks.MinimalWith(CaBlock, "");

        Assert.Equal(
            ["research-platform:jupyterhub.database.caCertificate: is required with sslMode verify-full: libpq checks the server's certificate against it, and without it fails looking for ~/.postgresql/root.crt, so the hub never starts; add the PEM of the CA that signed the database server's certificate"],
            TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_UnencryptedSslMode_IsRefused()
    {
        var text = TestStacks.MinimalWith("      host: pg.test.example\n", "      host: pg.test.example\n      sslMode: prefer\n");

        Assert.Equal(
            ["research-platform:jupyterhub.database.sslMode: must be verify-full (or verify-ca, or require): the connection carries every user's login state, so it is always encrypted (got 'prefer')"],
            TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_CaThatIsNoPem_IsRefused()
    {
        var text = TestStacks.MinimalWith(CaBlock, "      caCertificate: not a certificate\n");

        Assert.Equal(["research-platform:jupyterhub.database.caCertificate: must be a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)"], TestStacks.Errors(text));
    }

    [Fact]
    public void Validate_ServerCertificateInsteadOfCa_IsRefused()
    {
        using var key = System.Security.Cryptography.ECDsa.Create();
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=pg.test.example", key, System.Security.Cryptography.HashAlgorithmName.SHA256);
        using var leaf = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pem = string.Concat(leaf.ExportCertificatePem().Split('\n').Select(l => $"        {l}\n"));
        var text = TestStacks.MinimalWith(CaBlock, "      caCertificate: |\n" + pem);

        Assert.Equal(["research-platform:jupyterhub.database.caCertificate: 'CN=pg.test.example' is not a CA certificate: give the CA that signed the server's certificate, not the server's own"], TestStacks.Errors(text));
    }

    [Fact]
    public void Values_DatabaseCa_IsMountedWhereTheUrlPointsLibpq()
    {
        var values = OfStack("prod");

        Assert.Equal("/usr/local/etc/jupyterhub/database/ca.crt", Text(values, "hub", "extraFiles", "database-ca", "mountPath"));
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", Text(values, "hub", "extraFiles", "database-ca", "stringData"));
        Assert.EndsWith("&sslrootcert=/usr/local/etc/jupyterhub/database/ca.crt", Text(values, "hub", "db", "url"));
    }

    [Fact]
    public void Values_RequireWithoutCa_MountsNothing()
    {
        var text = TestStacks.MinimalWith(CaBlock, "      sslMode: require\n");

        _ = TestStacks.FromText(text); // valid: loading throws on any config error
        Assert.False(((YamlDotNet.RepresentationModel.YamlMappingNode)At(OfText(text), "hub", "extraFiles")).Children.ContainsKey("database-ca"));
        Assert.EndsWith("?sslmode=require", Text(OfText(text), "hub", "db", "url"));
    }
}
