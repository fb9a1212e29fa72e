using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Identity;

/// <summary>Active Directory as the broker reaches it: over LDAPS, verifying the directory's CA.</summary>
public sealed record DirectoryArgs
{
    /// <summary>The domain controllers' host name.</summary>
    public required string Server { get; init; }

    public int Port { get; init; } = 636;

    /// <summary>The CA that signed the domain controllers' certificates (PEM).</summary>
    public required string CaCertificate { get; init; }

    /// <summary>The search account's DN.</summary>
    public required string BindDn { get; init; }

    /// <summary>The search account's password: a secret reference.</summary>
    public required PlanValue BindPassword { get; init; }

    public required string UserSearchBase { get; init; }

    public required string GroupSearchBase { get; init; }

    /// <summary>The attribute users log in with. Default: <c>sAMAccountName</c>.</summary>
    public string UserAttribute { get; init; } = "sAMAccountName";
}
