namespace ResearchPlatform.Components.Identity;

/// <summary>
/// Flask-AppBuilder's OAuth sign-in against the broker, as Python config (Airflow's
/// <c>webserver_config.py</c>, Superset's <c>superset_config.py</c>): the broker's groups mapped to
/// the tool's roles at every login. FAB knows only named OAuth providers, so a small security
/// manager, subclassing the tool's own, reads the broker's userinfo with its <c>groups</c> claim.
/// </summary>
/// <param name="Issuer">The broker's issuer URL.</param>
/// <param name="ClientId">The tool's client at the broker.</param>
/// <param name="SecretVariable">The environment variable the client secret reaches the tool in.</param>
/// <param name="Roles">Each platform group's roles in the tool (<c>DSP-Admins</c>: <c>Admin</c>).</param>
/// <param name="Manager">The tool's security manager: its module and class, and the setting that installs a subclass.</param>
public sealed record FabOAuthConfig(string Issuer, string ClientId, string SecretVariable, IReadOnlyList<(string Group, IReadOnlyList<string> Roles)> Roles, (string Module, string Class, string Setting) Manager)
{
    /// <summary>The FAB provider name: the OAuth callback ends in <c>/oauth-authorized/&lt;it&gt;</c>.</summary>
    public const string Provider = "platform";

    /// <summary>Lines added after the sign-in settings (cookie and proxy settings of the tool).</summary>
    public IReadOnlyList<string> Extra { get; init; } = [];

    /// <summary>The Python source.</summary>
    public string Source()
    {
        var roles = string.Join("\n", Roles.Select(r => $"    \"{r.Group}\": [{string.Join(", ", r.Roles.Select(x => $"\"{x}\""))}],"));
        var extra = Extra.Count == 0 ? "" : string.Join("\n", Extra) + "\n";
        return $$""""
            # Written by research-platform: sign-in through the platform's identity broker.
            import os

            from flask_appbuilder.security.manager import AUTH_OAUTH
            from {{Manager.Module}} import {{Manager.Class}}

            AUTH_TYPE = AUTH_OAUTH
            AUTH_USER_REGISTRATION = True
            # Someone in none of the platform's groups gets no role and sees nothing.
            AUTH_USER_REGISTRATION_ROLE = "Public"
            AUTH_ROLES_SYNC_AT_LOGIN = True
            AUTH_ROLES_MAPPING = {
            {{roles}}
            }
            {{extra}}
            OAUTH_PROVIDERS = [
                {
                    "name": "{{Provider}}",
                    "icon": "fa-university",
                    "token_key": "access_token",
                    "remote_app": {
                        "client_id": "{{ClientId}}",
                        "client_secret": os.environ["{{SecretVariable}}"],
                        "server_metadata_url": "{{Issuer}}/.well-known/openid-configuration",
                        "api_base_url": "{{Issuer}}/",
                        "client_kwargs": {"scope": "openid email profile groups"},
                    },
                }
            ]


            class PlatformSecurityManager({{Manager.Class}}):
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


            {{Manager.Setting}} = PlatformSecurityManager

            """";
    }
}
