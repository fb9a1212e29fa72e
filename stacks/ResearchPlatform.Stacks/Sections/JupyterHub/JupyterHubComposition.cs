using ResearchPlatform.Components.JupyterHub;
using ResearchPlatform.Components.Plan;
using ResearchPlatform.Components.Plan.Values;
using ResearchPlatform.Components.Storage;
using ResearchPlatform.Stacks.Composition;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary>The jupyterhub section as the JupyterHub component, tied to the storage it uses.</summary>
public static class JupyterHubComposition
{
    /// <summary>The hub's arguments from the jupyterhub section.</summary>
    public static JupyterHubArgs Args(StackConfig config)
    {
        var hub = config.JupyterHub;
        var groups = hub.Authentication.Groups;
        var shares = StorageComposition.Shares(config);
        return new JupyterHubArgs
        {
            Namespace = PlatformNamespaces.Notebooks,
            Hostname = hub.Hostname,
            Login = Login(hub.Authentication),
            AuthStateKey = new ConfigSecretReference(hub.AuthStateKey!.KeyPath),
            Database = new HubDatabase(hub.Database.Host, hub.Database.Port, hub.Database.Name, hub.Database.User, new ConfigSecretReference(hub.Database.Password.KeyPath), hub.Database.SslMode)
            {
                CaCertificate = hub.Database.CaCertificate,
            },

            // Researchers (and admins) are tried first: someone in both groups gets the researcher tier.
            Tiers =
            [
                new HubTier("researcher", [groups.Researchers, groups.Admins], hub.Tiers.Researchers.StorageTier, hub.Tiers.Researchers.Capacity, hub.Tiers.Researchers.Profiles),
                new HubTier("student", [groups.Students], hub.Tiers.Students.StorageTier, hub.Tiers.Students.Capacity, hub.Tiers.Students.Profiles),
            ],
            Profiles = hub.Profiles.Select(p => new HubProfile
            {
                Slug = p.Slug,
                Name = p.Name,
                Description = p.Description,
                Image = p.Image,
                CpuGuarantee = p.CpuGuarantee,
                CpuLimit = p.CpuLimit,
                MemoryGuaranteeGiB = p.MemoryGuaranteeGiB,
                MemoryLimitGiB = p.MemoryLimitGiB,
                Gpus = p.Gpus,
                IsDefault = p.Default,
            }).ToList(),
            Shares = shares.Select(s => new HubShareMount(s.Name, s.Group, DepartmentDrives.ClaimName(s), s.ReadOnly)).ToList(),
            Organization = hub.Branding.Organization,
            LogoUrl = hub.Branding.LogoUrl,
            LoginMessage = hub.Branding.LoginMessage,
            IdleTimeoutMinutes = hub.Culling.IdleTimeoutMinutes,
            MaxAgeHours = hub.Culling.MaxAgeHours,
        };
    }

    private static HubLogin Login(AuthenticationConfig auth) => new()
    {
        Method = auth.Method,
        AllowedGroups = [auth.Groups.Students, auth.Groups.Researchers, auth.Groups.Admins],
        AdminGroup = auth.Groups.Admins,
        LdapServer = auth.Ldap?.Server,
        LdapPort = auth.Ldap?.Port ?? 636,
        LdapTlsStrategy = auth.Ldap?.TlsStrategy ?? Components.JupyterHub.LdapTlsStrategy.OnConnect,
        UserSearchBase = auth.Ldap?.UserSearchBase,
        UserAttribute = auth.Ldap?.UserAttribute ?? "sAMAccountName",
        BindDn = auth.Ldap?.BindDn,
        BindPassword = auth.Ldap is { } ldap ? new ConfigSecretReference(ldap.BindPassword.KeyPath) : null,
        AuthorizeUrl = auth.Oidc?.AuthorizeUrl,
        TokenUrl = auth.Oidc?.TokenUrl,
        UserdataUrl = auth.Oidc?.UserdataUrl,
        ClientId = auth.Oidc?.ClientId,
        ClientSecret = auth.Oidc is { } oidc ? new ConfigSecretReference(oidc.ClientSecret.KeyPath) : null,
        GroupsClaim = auth.Oidc?.GroupsClaim ?? "groups",
        UsernameClaim = auth.Oidc?.UsernameClaim ?? "preferred_username",
    };
}
