using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.JupyterHub;

/// <summary>How the hub authenticates: the method's settings and the groups allowed in.</summary>
public sealed record HubLogin
{
    public required AuthMethod Method { get; init; }

    /// <summary>The groups that may log in (students, researchers, admins).</summary>
    public required IReadOnlyList<string> AllowedGroups { get; init; }

    /// <summary>The group whose members are hub administrators.</summary>
    public required string AdminGroup { get; init; }

    // LDAP (Active Directory).
    public string? LdapServer { get; init; }

    public int LdapPort { get; init; } = 636;

    public LdapTlsStrategy LdapTlsStrategy { get; init; } = LdapTlsStrategy.OnConnect;

    public string? UserSearchBase { get; init; }

    public string UserAttribute { get; init; } = "sAMAccountName";

    public string? BindDn { get; init; }

    public PlanValue? BindPassword { get; init; }

    // OIDC.
    public string? AuthorizeUrl { get; init; }

    public string? TokenUrl { get; init; }

    public string? UserdataUrl { get; init; }

    public string? ClientId { get; init; }

    public PlanValue? ClientSecret { get; init; }

    public string GroupsClaim { get; init; } = "groups";

    public string UsernameClaim { get; init; } = "preferred_username";
}
