using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary>
/// The hub database connection is encrypted and, where it verifies the server, has the CA to verify
/// it with: without one libpq looks for <c>~/.postgresql/root.crt</c>, fails, and the hub never starts.
/// </summary>
public sealed class HubDatabaseRules : IConfigRule
{
    private static readonly string[] Verifying = ["verify-ca", "verify-full"];

    private static readonly string[] Encrypted = ["require", .. Verifying];

    public IReadOnlyList<string> Reads { get; } = ["research-platform:jupyterhub.database"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var database = config.JupyterHub.Database;
        var path = ConfigPath.Child(ConfigPath.Section("jupyterhub"), "database");
        if (!Encrypted.Contains(database.SslMode))
        {
            yield return new(ConfigPath.Child(path, "sslMode"),
                $"must be verify-full (or verify-ca, or require): the connection carries every user's login state, so it is always encrypted (got '{database.SslMode}')");
        }

        if (database.CaCertificate is not { } pem)
        {
            if (Verifying.Contains(database.SslMode))
            {
                yield return new(ConfigPath.Child(path, "caCertificate"),
                    $"is required with sslMode {database.SslMode}: libpq checks the server's certificate against it, and without it fails looking for ~/.postgresql/root.crt, " +
                    "so the hub never starts; add the PEM of the CA that signed the database server's certificate");
            }

            yield break;
        }

        if (Problem(pem) is { } problem)
        {
            yield return new(ConfigPath.Child(path, "caCertificate"), problem);
        }
    }

    private static string? Problem(string pem)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(pem);
        }
        catch (CryptographicException)
        {
            return "must be a PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----)";
        }

        using (certificate)
        {
            var constraints = certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault();
            return constraints is { CertificateAuthority: true }
                ? null
                : $"'{certificate.Subject}' is not a CA certificate: give the CA that signed the server's certificate, not the server's own";
        }
    }
}
