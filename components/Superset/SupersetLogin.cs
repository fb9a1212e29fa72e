namespace ResearchPlatform.Components.Superset;

/// <summary>
/// The part of <c>superset_config.py</c> the platform writes: Flask-AppBuilder OAuth against the
/// broker, its groups mapped to Superset's roles at every login, behind the Gateway's TLS.
/// </summary>
public static class SupersetLogin
{
    /// <summary>The environment variable the client secret reaches Superset in.</summary>
    public const string ClientSecretVariable = "RESEARCH_PLATFORM_OAUTH_CLIENT_SECRET";

    /// <summary>The FAB provider name: the callback is <c>/oauth-authorized/&lt;it&gt;</c>.</summary>
    public const string Provider = "platform";

    /// <summary>The callback the broker client must allow.</summary>
    public static string RedirectUri(string hostname) => $"https://{hostname}/oauth-authorized/{Provider}";

    /// <summary>The config for <paramref name="args"/>, with the broker at <paramref name="issuer"/>.</summary>
    public static string Source(SupersetArgs args, string issuer) => $$""""
        # Written by research-platform: sign-in through the platform's identity broker.
        import os

        from flask_appbuilder.security.manager import AUTH_OAUTH
        from superset.security import SupersetSecurityManager

        AUTH_TYPE = AUTH_OAUTH
        AUTH_USER_REGISTRATION = True
        # Someone in none of the platform's groups gets no role and sees nothing.
        AUTH_USER_REGISTRATION_ROLE = "Public"
        AUTH_ROLES_SYNC_AT_LOGIN = True
        AUTH_ROLES_MAPPING = {
            "{{args.Roles.Admins}}": ["Admin"],
            "{{args.Roles.Researchers}}": ["Alpha", "sql_lab"],
            "{{args.Roles.Students}}": ["Gamma"],
        }
        ENABLE_PROXY_FIX = True
        PREFERRED_URL_SCHEME = "https"
        SESSION_COOKIE_SECURE = True
        SESSION_COOKIE_SAMESITE = "Lax"

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


        class PlatformSecurityManager(SupersetSecurityManager):
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


        CUSTOM_SECURITY_MANAGER = PlatformSecurityManager

        """";
}
