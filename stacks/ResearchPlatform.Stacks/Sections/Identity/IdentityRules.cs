using System.Text.RegularExpressions;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Identity;

/// <summary>The directory the broker federates: its server, network, CA and search bases, and the platform's role groups.</summary>
public sealed partial class IdentityRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:identity"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var directory = config.Identity.Directory;
        var path = ConfigPath.Child(ConfigPath.Section("identity"), "directory");
        if (!Names.IsDnsName(directory.Server.ToLowerInvariant()) || !directory.Server.Contains('.', StringComparison.Ordinal))
        {
            yield return new(ConfigPath.Child(path, "server"), $"must be the domain controllers' DNS name, such as ad.uni-example.edu (got '{directory.Server}')");
        }

        if (directory.Port is < 1 or > 65535)
        {
            yield return new(ConfigPath.Child(path, "port"), $"must be a port from 1 to 65535 (got {directory.Port})");
        }
        else if (directory.Port == 389)
        {
            yield return new(ConfigPath.Child(path, "port"), "389 is plain LDAP; the broker speaks LDAPS only, on 636");
        }

        if (directory.Network.PrefixLength < 8)
        {
            yield return new(ConfigPath.Child(path, "network"), $"must be the domain controllers' network, such as 10.41.0.0/24; the broker may reach nothing else (got '{directory.Network}')");
        }

        foreach (var (key, dn) in new[] { ("bindDn", directory.BindDn), ("userSearchBase", directory.UserSearchBase), ("groupSearchBase", directory.GroupSearchBase) })
        {
            if (!Dn().IsMatch(dn))
            {
                yield return new(ConfigPath.Child(path, key), $"must be a distinguished name such as OU=People,DC=uni-example,DC=edu (got '{dn}')");
            }
        }

        if (CaCertificates.Problem(directory.CaCertificate, "give the CA that signed the domain controllers' certificates") is { } problem)
        {
            yield return new(ConfigPath.Child(path, "caCertificate"), problem);
        }

        foreach (var error in GroupErrors(ConfigPath.Child(ConfigPath.Section("identity"), "groups"), config.Identity.Groups))
        {
            yield return error;
        }
    }

    /// <summary>The errors of role groups at <paramref name="path"/>: each the full DN of an AD group. None when <paramref name="groups"/> is null.</summary>
    public static IEnumerable<ConfigError> GroupErrors(string path, AccessGroupsConfig? groups)
    {
        if (groups is null)
        {
            yield break;
        }

        foreach (var (key, dn) in new[] { ("students", groups.Students), ("researchers", groups.Researchers), ("admins", groups.Admins) })
        {
            if (!Dn().IsMatch(dn) || !dn.StartsWith("CN=", StringComparison.OrdinalIgnoreCase))
            {
                yield return new(ConfigPath.Child(path, key), $"must be the full DN of an AD group, such as CN=DSP-Students,OU=Groups,DC=uni-example,DC=edu (got '{dn}')");
            }
        }
    }


    [GeneratedRegex(@"^[A-Za-z]+=[^,=]+(,[A-Za-z]+=[^,=]+)*\z")]
    private static partial Regex Dn();
}
