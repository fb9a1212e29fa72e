using System.Globalization;
using ResearchPlatform.Components.Plan.Values;
using static ResearchPlatform.Components.Plan.Values.PlanValues;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>
/// The Zero to JupyterHub values, key by key as chart 4.4.0's schema accepts them, built from typed
/// arguments. Secrets are references: generated ones for the proxy token and cookie secret, stack
/// config for the auth-state key and the database and directory passwords.
/// </summary>
public static class JupyterHubValues
{
    /// <summary>The cloud metadata address; on-prem there is none to block.</summary>
    public const string MetadataIp = "169.254.169.254";

    public static MapValue Build(JupyterHubArgs args, PlanValue proxyToken, PlanValue cookieSecret)
    {
        var students = args.Tiers[^1];
        var defaultProfile = args.Profiles.FirstOrDefault(p => p.IsDefault) ?? args.Profiles[0];
        return Map(
            ("hub", Map(
                ("config", HubConfig(args)),
                ("db", Map(
                    ("type", "postgres"),
                    ("url", args.Database!.Url),
                    ("password", args.Database!.Password),
                    ("upgrade", true))),
                ("cookieSecret", cookieSecret),
                ("extraConfig", Map(("10-research-platform", HubHook.Source))),
                ("extraFiles", Map(
                    ("research-platform-table", Map(("mountPath", HubHook.TablePath), ("stringData", HubTable.Json(args)))),
                    ("login-template", Map(("mountPath", $"{LoginTemplate.Directory}/login.html"), ("stringData", LoginTemplate.Source))),

                    // libpq verifies the database server against this CA (sslrootcert in the URL).
                    ("database-ca", args.Database!.CaCertificate is { } ca ? Map(("mountPath", HubDatabase.CaPath), ("stringData", ca)) : null))),
                ("templatePaths", Strings([LoginTemplate.Directory])),
                ("templateVars", Map(
                    ("organization", args.Organization),
                    ("logo_url", args.LogoUrl ?? ""),
                    ("login_message", args.LoginMessage))),
                ("service", Map(("type", "ClusterIP"))),
                ("networkPolicy", Map(
                    ("enabled", true),

                    // The hub reaches the directory, its database and the API, all on private addresses;
                    // the public internet only when the identity provider lives there.
                    ("egressAllowRules", Map(
                        ("cloudMetadataServer", false),
                        ("privateIPs", true),
                        ("nonPrivateIPs", args.Login.Method == AuthMethod.Oidc),
                        ("dnsPortsPrivateIPs", true))))))),
            ("proxy", Map(
                ("secretToken", proxyToken),
                ("service", Map(("type", "ClusterIP"))),
                ("https", Map(("enabled", false))),
                ("chp", Map(("networkPolicy", Map(("enabled", true))))))),
            ("ingress", Map(("enabled", false))),
            ("httpRoute", Map(
                ("enabled", true),
                ("hostnames", Strings([args.Hostname])),
                ("gateway", Map(("name", args.Gateway!.Name), ("namespace", args.Gateway.Namespace), ("sectionName", args.Gateway.Listener(args.Hostname)))))),
            ("singleuser", Map(
                ("uid", args.Uid),
                ("fsGid", args.FsGid),
                ("allowPrivilegeEscalation", false),

                // blockWithIptables would add a privileged root init container to every notebook.
                ("cloudMetadata", Map(("blockWithIptables", false), ("ip", MetadataIp))),
                ("networkPolicy", Map(
                    ("enabled", true),

                    // Notebooks reach the internet for packages, and nothing private but cluster DNS;
                    // in-cluster services they need are opened one by one as they join the platform.
                    ("egressAllowRules", Map(
                        ("cloudMetadataServer", false),
                        ("privateIPs", false),
                        ("nonPrivateIPs", true),
                        ("dnsPortsPrivateIPs", true),
                        ("dnsPortsKubeSystemNamespace", true))))),
                ("extraEnv", args.ToolEndpoints.Count == 0 ? null : Map(args.ToolEndpoints.Select(e => (e.Key, (PlanValue?)e.Value)))),
                ("image", Map(("name", defaultProfile.ImageName), ("tag", defaultProfile.ImageTag))),
                ("storage", Map(
                    ("type", "dynamic"),
                    ("capacity", students.Capacity),
                    ("homeMountPath", "/home/jovyan"),
                    ("dynamic", Map(("storageClass", students.StorageClass))))),
                ("profileList", List(args.Profiles.Select(Profile))),
                ("startTimeout", 600))),
            ("scheduling", Map(
                ("userScheduler", Map(("enabled", true))),
                ("podPriority", Map(("enabled", false))),
                ("userPlaceholder", Map(("enabled", false))))),
            ("prePuller", Map(
                ("hook", Map(("enabled", true))),
                ("continuous", Map(("enabled", true))),
                ("pullProfileListImages", true))),
            ("cull", Map(
                ("enabled", true),
                ("timeout", args.IdleTimeoutMinutes * 60),
                ("every", 600),
                ("maxAge", args.MaxAgeHours * 3600),
                ("users", false),
                ("adminUsers", true),
                ("removeNamedServers", false))),
            ("debug", Map(("enabled", false))));
    }

    private static MapValue HubConfig(JupyterHubArgs args)
    {
        var login = args.Login;
        var common = Map(("enable_auth_state", true));
        var crypt = Map(("keys", List(args.AuthStateKey)));
        if (login.Method == AuthMethod.Ldap)
        {
            return Map(
                ("JupyterHub", Map(("authenticator_class", "ldapauthenticator.LDAPAuthenticator"), ("authenticate_prometheus", args.PublicMetrics ? false : null))),
                ("Authenticator", common),
                ("CryptKeeper", crypt),
                ("LDAPAuthenticator", Map(
                    ("server_address", login.LdapServer),
                    ("server_port", login.LdapPort),
                    ("tls_strategy", login.LdapTlsStrategy == LdapTlsStrategy.OnConnect ? "on_connect" : "before_bind"),
                    ("lookup_dn", true),
                    ("lookup_dn_search_user", login.BindDn),
                    ("lookup_dn_search_password", login.BindPassword),
                    ("lookup_dn_search_filter", "({login_attr}={login})"),
                    ("user_search_base", login.UserSearchBase),
                    ("user_attribute", login.UserAttribute),
                    ("allowed_groups", Strings(login.AllowedGroups)),

                    // Department drives follow direct group membership, which memberOf carries.
                    ("auth_state_attributes", Strings(["memberOf"])))));
        }

        return Map(
            ("JupyterHub", Map(("authenticator_class", "oauthenticator.generic.GenericOAuthenticator"), ("authenticate_prometheus", args.PublicMetrics ? false : null))),
            ("Authenticator", common),
            ("CryptKeeper", crypt),
            ("GenericOAuthenticator", Map(
                ("client_id", login.ClientId),
                ("client_secret", login.ClientSecret),
                ("oauth_callback_url", $"https://{args.Hostname}/hub/oauth_callback"),
                ("authorize_url", login.AuthorizeUrl),
                ("token_url", login.TokenUrl),
                ("userdata_url", login.UserdataUrl),
                ("username_claim", login.UsernameClaim),
                ("scope", Strings(["openid", "profile", "email"])),
                ("manage_groups", true),
                ("auth_state_groups_key", $"oauth_user.{login.GroupsClaim}"),
                ("allowed_groups", Strings(login.AllowedGroups)),
                ("admin_groups", Strings([login.AdminGroup])))));
    }

    private static PlanValue Profile(HubProfile profile)
    {
        var invariant = CultureInfo.InvariantCulture;
        var overrides = new List<(string, PlanValue?)>
        {
            ("image", profile.Image),
            ("cpu_guarantee", Number(profile.CpuGuarantee)),
            ("cpu_limit", Number(profile.CpuLimit)),
            ("mem_guarantee", $"{profile.MemoryGuaranteeGiB.ToString(invariant)}G"),
            ("mem_limit", $"{profile.MemoryLimitGiB.ToString(invariant)}G"),
        };
        if (profile.Gpus > 0)
        {
            overrides.Add(("extra_resource_limits", Map(("nvidia.com/gpu", profile.Gpus.ToString(invariant)))));
            overrides.Add(("tolerations", List(Map(("key", "nvidia.com/gpu"), ("operator", "Equal"), ("value", "present"), ("effect", "NoSchedule")))));
        }

        return Map(
            ("display_name", profile.Name),
            ("description", profile.Description),
            ("slug", profile.Slug),
            ("default", profile.IsDefault),
            ("kubespawner_override", Map(overrides)));
    }
}
