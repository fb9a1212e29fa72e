namespace ResearchPlatform.Components.Airflow;

/// <summary>
/// The API server's <c>webserver_config.py</c>: Flask-AppBuilder OAuth against the platform's broker,
/// its groups mapped to Airflow's roles at every login. FAB knows only named OAuth providers, so a
/// small security manager reads the broker's userinfo (with its <c>groups</c> claim) itself.
/// </summary>
public static class AirflowLogin
{
    /// <summary>The environment variable the client secret reaches the API server in.</summary>
    public const string ClientSecretVariable = "RESEARCH_PLATFORM_OAUTH_CLIENT_SECRET";

    /// <summary>The FAB provider name: the OAuth callback is <c>/auth/oauth-authorized/&lt;it&gt;</c>.</summary>
    public const string Provider = "platform";

    /// <summary>The callback the broker client must allow.</summary>
    public static string RedirectUri(string hostname) => $"https://{hostname}/auth/oauth-authorized/{Provider}";

    /// <summary>The config file for <paramref name="args"/>, with the broker at <paramref name="issuer"/>.</summary>
    public static string Source(AirflowArgs args, string issuer) => $$""""
        # Written by research-platform: sign-in through the platform's identity broker.
        import os

        from flask_appbuilder.security.manager import AUTH_OAUTH
        from airflow.providers.fab.auth_manager.security_manager.override import FabAirflowSecurityManagerOverride

        AUTH_TYPE = AUTH_OAUTH
        AUTH_USER_REGISTRATION = True
        # Someone in none of the platform's groups gets no role and sees nothing.
        AUTH_USER_REGISTRATION_ROLE = "Public"
        AUTH_ROLES_SYNC_AT_LOGIN = True
        AUTH_ROLES_MAPPING = {
            "{{args.Roles.Admins}}": ["Admin"],
            "{{args.Roles.Researchers}}": ["User"],
            "{{args.Roles.Students}}": ["Viewer"],
        }
        PERMANENT_SESSION_LIFETIME = 8 * 3600

        OAUTH_PROVIDERS = [
            {
                "name": "{{Provider}}",
                "icon": "fa-university",
                "token_key": "access_token",
                "remote_app": {
                    "client_id": "{{args.ClientId}}",
                    "client_secret": os.environ["{{ClientSecretVariable}}"],
                    "server_metadata_url": "{{issuer}}/.well-known/openid-configuration",
                    "api_base_url": "{{issuer}}/",
                    "client_kwargs": {"scope": "openid email profile groups"},
                },
            }
        ]


        class PlatformSecurityManager(FabAirflowSecurityManagerOverride):
            """Reads the broker's userinfo: the user's name, mail and groups."""

            def get_oauth_user_info(self, provider, resp):
                if provider != "{{Provider}}":
                    return super().get_oauth_user_info(provider, resp)
                claims = self.appbuilder.sm.oauth_remotes[provider].userinfo()
                return {
                    "username": claims.get("preferred_username") or claims["email"],
                    "email": claims.get("email", ""),
                    "first_name": claims.get("name", ""),
                    "last_name": "",
                    "role_keys": claims.get("groups", []),
                }


        SECURITY_MANAGER_CLASS = PlatformSecurityManager

        """";
}
