using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Identity;

/// <summary><c>research-platform:identity.directory</c>: Active Directory over LDAPS.</summary>
public sealed record DirectoryConfig
{
    /// <summary>The domain controllers' host name.</summary>
    public required string Server { get; init; }

    /// <summary>The LDAPS port. Default: 636.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 65535)]
    public int Port { get; init; } = 636;

    /// <summary>The domain controllers' network (CIDR): the broker may reach it on the LDAPS port, nothing else.</summary>
    public required IPNetwork Network { get; init; }

    /// <summary>The CA that signed the domain controllers' certificates (PEM); the broker verifies them against it.</summary>
    [MultiLine]
    public required string CaCertificate { get; init; }

    /// <summary>The search account's DN.</summary>
    public required string BindDn { get; init; }

    /// <summary>The search account's password (secret).</summary>
    public required SecretValue BindPassword { get; init; }

    /// <summary>Where users are searched.</summary>
    public required string UserSearchBase { get; init; }

    /// <summary>Where groups are searched (nested groups are resolved).</summary>
    public required string GroupSearchBase { get; init; }

    /// <summary>The attribute users log in with. Default: <c>sAMAccountName</c>.</summary>
    public string UserAttribute { get; init; } = "sAMAccountName";
}
