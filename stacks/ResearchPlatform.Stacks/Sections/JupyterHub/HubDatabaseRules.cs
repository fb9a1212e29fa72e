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
        if (database.Host is null)
        {
            // On the platform PostgreSQL the connection is verify-full against the platform's CA.
            foreach (var (key, set) in new[] { ("password", database.Password is not null), ("caCertificate", database.CaCertificate is not null) })
            {
                if (set)
                {
                    yield return new(ConfigPath.Child(path, key), "belongs to an external server: set host too, or leave it out to use the platform PostgreSQL, which generates its own");
                }
            }

            yield break;
        }

        if (database.Password is null)
        {
            yield return new(ConfigPath.Child(path, "password"), "is required with host: the password of the hub's role on that server (secret)");
        }

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

        if (CaCertificates.Problem(pem, "give the CA that signed the server's certificate, not the server's own") is { } problem)
        {
            yield return new(ConfigPath.Child(path, "caCertificate"), problem);
        }
    }
}
