using ResearchPlatform.Components.Identity;

namespace ResearchPlatform.Components.Airflow;

/// <summary>The API server's <c>webserver_config.py</c>: FAB OAuth against the broker, the platform's groups as Airflow roles.</summary>
public static class AirflowLogin
{
    /// <summary>The environment variable the client secret reaches the API server in.</summary>
    public const string ClientSecretVariable = "RESEARCH_PLATFORM_OAUTH_CLIENT_SECRET";

    /// <summary>The callback the broker client must allow (FAB's views sit under <c>/auth</c> in Airflow 3).</summary>
    public static string RedirectUri(string hostname) => $"https://{hostname}/auth/oauth-authorized/{FabOAuthConfig.Provider}";

    /// <summary>The config file for <paramref name="args"/>, with the broker at <paramref name="issuer"/>.</summary>
    public static string Source(AirflowArgs args, string issuer) => new FabOAuthConfig(
        issuer,
        args.ClientId,
        ClientSecretVariable,
        [(args.Roles.Admins, ["Admin"]), (args.Roles.Researchers, ["User"]), (args.Roles.Students, ["Viewer"])],
        ("airflow.providers.fab.auth_manager.security_manager.override", "FabAirflowSecurityManagerOverride", "SECURITY_MANAGER_CLASS"))
    {
        Extra = ["PERMANENT_SESSION_LIFETIME = 8 * 3600"],
    }.Source();
}
