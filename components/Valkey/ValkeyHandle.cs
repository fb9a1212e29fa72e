using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.Valkey;

/// <summary>A tool's Valkey as the tool connects to it: TLS, a password from a Secret.</summary>
/// <param name="Host">The Service's host name.</param>
/// <param name="Port">Its TLS port.</param>
/// <param name="PasswordSecret">The Secret whose key <c>password</c> holds the password.</param>
/// <param name="Password">The generated password itself (a reference), for a tool that takes it only inside a URL.</param>
/// <param name="Ready">The Deployment the tool waits for.</param>
public sealed record ValkeyHandle(string Host, int Port, string PasswordSecret, Plan.Values.PlanValue Password, PlanResource Ready)
{
    /// <summary>The key of the password in <see cref="PasswordSecret"/>.</summary>
    public const string PasswordKey = "password";
}
