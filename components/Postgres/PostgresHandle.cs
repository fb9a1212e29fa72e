using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Postgres;

/// <summary>The platform PostgreSQL as tools connect to it.</summary>
/// <param name="Host">The read-write service's host name.</param>
/// <param name="Port">Its port.</param>
/// <param name="RootCertificate">The CA (PEM) that verifies the server (sslmode verify-full).</param>
/// <param name="Passwords">Each database role's generated password, by role name.</param>
/// <param name="Ready">The cluster: tools connect once it exists.</param>
public sealed record PostgresHandle(string Host, int Port, string RootCertificate, IReadOnlyDictionary<string, OutputReference> Passwords, PlanResource Ready)
{
    /// <summary>The password of role <paramref name="role"/>.</summary>
    /// <exception cref="ArgumentException">The cluster has no such role.</exception>
    public OutputReference Password(string role) => Passwords.TryGetValue(role, out var password)
        ? password
        : throw new ArgumentException($"the platform PostgreSQL has no role '{role}': declare its database in the section's Databases", nameof(role));
}
