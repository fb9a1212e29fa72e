using ResearchPlatform.Components.Entry;
using ResearchPlatform.Components.Identity;
using ResearchPlatform.Components.ObjectStorage;
using ResearchPlatform.Components.Postgres;
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
    /// <summary>
    /// The profiles this site offers: a GPU profile only where a worker pool has GPUs, so the platform
    /// layer lists it once and a site without GPUs (the DR site, until GPUs move there) leaves it out.
    /// </summary>
    public static IReadOnlySet<string> OfferedProfiles(StackConfig config)
    {
        var gpus = config.Cluster.WorkerPools.Any(p => p.Gpu is not null && p.Count > 0);
        return config.JupyterHub.Profiles.Where(p => p.Gpus == 0 || gpus).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The hub tier of researchers and admins.</summary>
    public const string ResearcherTier = "researcher";

    /// <summary>The hub tier of students.</summary>
    public const string StudentTier = "student";

    /// <summary>Each hub tier and the storage tier of its homes.</summary>
    public static IEnumerable<(string Tier, string StorageTier)> HomeTiers(StackConfig config) =>
        [(ResearcherTier, config.JupyterHub.Tiers.Researchers.StorageTier), (StudentTier, config.JupyterHub.Tiers.Students.StorageTier)];

    /// <summary>The hub's arguments from the jupyterhub section.</summary>
    public static JupyterHubArgs Args(StackConfig config)
    {
        var hub = config.JupyterHub;
        var broker = hub.Authentication.Method == AuthMethod.Broker;

        // The broker names groups by their cn, the directory by their DN.
        string Group(string dn) => broker ? CommonName(dn) : dn;
        var given = Groups(config);
        var groups = given with { Students = Group(given.Students), Researchers = Group(given.Researchers), Admins = Group(given.Admins) };
        var shares = StorageComposition.Shares(config);
        var offered = OfferedProfiles(config);
        return new JupyterHubArgs
        {
            Namespace = PlatformNamespaces.Notebooks,
            Hostname = hub.Hostname,
            Login = Login(hub.Authentication, groups),
            AuthStateKey = new ConfigSecretReference(hub.AuthStateKey!.KeyPath),
            Database = hub.Database.Host is { } host
                ? new HubDatabase(host, hub.Database.Port, hub.Database.Name, hub.Database.User, new ConfigSecretReference(hub.Database.Password!.KeyPath), hub.Database.SslMode)
                {
                    CaCertificate = hub.Database.CaCertificate,
                }
                : null,
            PlatformDatabase = hub.Database.Host is null ? hub.Database.Name : null,
            ResearchDatabase = config.Postgres.ResearchDatabase,
            TierRoles = Sections.ObjectStorage.ObjectStorageSection.Tiers.ToDictionary(t => t.Tier, t => JupyterHubSection.TierRole(config, t.Tier)),

            // Researchers (and admins) are tried first: someone in both groups gets the researcher tier.
            Tiers =
            [
                new HubTier(ResearcherTier, [groups.Researchers, groups.Admins], hub.Tiers.Researchers.StorageTier, hub.Tiers.Researchers.Capacity, [.. hub.Tiers.Researchers.Profiles.Where(offered.Contains)]) { Homes = Homes(config, hub.Tiers.Researchers.StorageTier) },
                new HubTier(StudentTier, [groups.Students], hub.Tiers.Students.StorageTier, hub.Tiers.Students.Capacity, [.. hub.Tiers.Students.Profiles.Where(offered.Contains)]) { Homes = Homes(config, hub.Tiers.Students.StorageTier) },
            ],
            Profiles = hub.Profiles.Where(p => offered.Contains(p.Slug)).Select(p => new HubProfile
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
            Shares = shares.Select(s => new HubShareMount(s.Name, Group(s.Group), DepartmentDrives.ClaimName(s), s.ReadOnly)).ToList(),
            Organization = hub.Branding.Organization,
            LogoUrl = hub.Branding.LogoUrl,
            LoginMessage = hub.Branding.LoginMessage,
            IdleTimeoutMinutes = hub.Culling.IdleTimeoutMinutes,
            MaxAgeHours = hub.Culling.MaxAgeHours,
            PlatformCa = config.Entry.Ca.RootCertificate,
            PublicMetrics = config.Monitoring is not null,
            ToolEndpoints = [.. ToolServices(config).Select(s => KeyValuePair.Create(s.Variable, s.Url))],
        };
    }

    // Homes on a tier SVM-DR carries are recorded, and imported where they are missing, through its backend.
    private static HubHomeRecovery? Homes(StackConfig config, string storageTier) =>
        Recovery.SvmDrHomes.Tiers(config).FirstOrDefault(t => t.Name == storageTier) is { } tier
            ? new HubHomeRecovery(TridentBackendHandle.Of(tier.Svm, tier.Driver))
            : null;

    /// <summary>
    /// The hub wired to the platform: its route on the Gateway, its database on the platform
    /// PostgreSQL unless it has an external one, its login through the broker when it uses it, and
    /// each tier's notebooks set up for the research database and the object storage.
    /// </summary>
    /// <exception cref="ArgumentException">A handle the hub's settings need is missing.</exception>
    public static JupyterHubArgs Wired(JupyterHubArgs args, GatewayHandle gateway, PostgresHandle? postgres, IdentityHandle? broker, ObjectStorageHandle? storage)
    {
        PostgresHandle Postgres() => postgres ?? throw new ArgumentException("the hub uses the platform PostgreSQL: pass its handle", nameof(postgres));
        var wired = args with { Gateway = gateway };
        if (wired.Database is null)
        {
            wired = Components.JupyterHub.JupyterHub.OnPlatformDatabase(wired, Postgres());
        }

        if (wired.Login.Method == AuthMethod.Broker)
        {
            wired = wired with { Login = ThroughBroker(wired.Login, broker ?? throw new ArgumentException("the hub signs in through the identity broker: pass its handle", nameof(broker))) };
        }

        if (wired.ResearchDatabase is { } research && storage is not null)
        {
            var db = Postgres();
            wired = wired with
            {
                Data = new NotebookData(db, research, storage, wired.Tiers.Select(t => new NotebookTierData(
                    t.Name,
                    wired.TierRoles[t.Name],
                    db.Password(wired.TierRoles[t.Name]),
                    storage.KeysOf(Sections.ObjectStorage.ObjectStorageSection.TierIdentity(t.Name)))).ToList()) { PlatformCa = wired.PlatformCa },
            };
        }

        return wired;
    }

    /// <summary>The tools notebooks call, from every section that offers them (<see cref="INotebookServices"/>).</summary>
    public static IEnumerable<NotebookService> ToolServices(StackConfig config) =>
        PlatformSections.All.OfType<INotebookServices>().SelectMany(s => s.NotebookServices(config));

    /// <summary>The client id the hub has at the identity broker.</summary>
    public const string BrokerClientId = "jupyterhub";

    /// <summary>The hub's login through the identity broker: its endpoints and this client's secret.</summary>
    public static HubLogin ThroughBroker(HubLogin login, IdentityHandle broker) => login with
    {
        AuthorizeUrl = broker.AuthorizeUrl,
        TokenUrl = broker.TokenUrl,
        UserdataUrl = broker.UserinfoUrl,
        ClientId = BrokerClientId,
        ClientSecret = broker.Secret(BrokerClientId),
    };

    /// <summary>The first RDN's value of a DN (<c>CN=DSP-Students,OU=Groups,...</c> is <c>DSP-Students</c>).</summary>
    public static string CommonName(string dn) => Identity.IdentitySection.CommonName(dn);

    /// <summary>The hub's own groups, or the platform's.</summary>
    public static Identity.AccessGroupsConfig Groups(StackConfig config) => config.JupyterHub.Authentication.Groups ?? config.Identity.Groups;

    private static HubLogin Login(AuthenticationConfig auth, Identity.AccessGroupsConfig groups) => new()
    {
        Method = auth.Method,
        AllowedGroups = [groups.Students, groups.Researchers, groups.Admins],
        AdminGroup = groups.Admins,
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
