using ResearchPlatform.Components.Identity;

namespace ResearchPlatform.Components.Superset;

/// <summary>The part of <c>superset_config.py</c> the platform writes: FAB OAuth against the broker, the platform's groups as Superset roles.</summary>
public static class SupersetLogin
{
    /// <summary>The environment variable the client secret reaches Superset in.</summary>
    public const string ClientSecretVariable = "RESEARCH_PLATFORM_OAUTH_CLIENT_SECRET";

    /// <summary>The callback the broker client must allow.</summary>
    public static string RedirectUri(string hostname) => $"https://{hostname}/oauth-authorized/{FabOAuthConfig.Provider}";

    /// <summary>The config for <paramref name="args"/>, with the broker at <paramref name="issuer"/>.</summary>
    public static string Source(SupersetArgs args, string issuer) => new FabOAuthConfig(
        issuer,
        args.ClientId,
        ClientSecretVariable,
        [(args.Roles.Admins, ["Admin"]), (args.Roles.Researchers, ["Alpha", "sql_lab"]), (args.Roles.Students, ["Gamma"])],
        ("superset.security", "SupersetSecurityManager", "CUSTOM_SECURITY_MANAGER"))
    {
        Extra = ["ENABLE_PROXY_FIX = True", "PREFERRED_URL_SCHEME = \"https\"", "SESSION_COOKIE_SECURE = True", "SESSION_COOKIE_SAMESITE = \"Lax\""],
    }.Source();
}
