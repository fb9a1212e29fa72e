namespace ResearchPlatform.Stacks.Sections.Identity;

/// <summary><c>research-platform:identity</c>: single sign-on, an OIDC broker over Active Directory.</summary>
public sealed record IdentityConfig
{
    /// <summary>The broker's host name, one label under the platform domain (<c>login.dsp.uni-example.edu</c>).</summary>
    public required string Hostname { get; init; }

    /// <summary>The directory the broker federates.</summary>
    public required DirectoryConfig Directory { get; init; }

    /// <summary>The AD groups of the platform's roles (admins, researchers, students), as full DNs.</summary>
    public required AccessGroupsConfig Groups { get; init; }
}
