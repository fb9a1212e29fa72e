using System.Text.RegularExpressions;
using ResearchPlatform.Components.JupyterHub;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.JupyterHub;

/// <summary>
/// The jupyterhub section and what it refers to: the login method's settings, group DNs, tiers on
/// declared storage tiers and profiles, pinned images, sane resource ranges, and the auth-state key
/// both sites must share.
/// </summary>
public sealed partial class JupyterHubRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:jupyterhub", "research-platform:storage.tiers", "research-platform:cluster.workerPools"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var hub = config.JupyterHub;
        var root = ConfigPath.Section("jupyterhub");
        var auth = ConfigPath.Child(root, "authentication");
        if (!Names.IsDnsName(hub.Hostname))
        {
            yield return new(ConfigPath.Child(root, "hostname"), $"must be the hub's DNS name, such as hub.dsp.uni-example.edu (got '{hub.Hostname}')");
        }

        if (hub.AuthStateKey is null)
        {
            yield return new(ConfigPath.Child(root, "authStateKey"),
                "is required: it encrypts what the hub keeps about each login in its database, and a DR site restoring that " +
                "database needs the very same key, so set one value in both stacks: pulumi config set --secret --path " +
                "'research-platform:jupyterhub.authStateKey' \"$(openssl rand -hex 32)\" -s prod, then the same value with -s dr");
        }

        var groups = ConfigPath.Child(auth, "groups");
        if (hub.Authentication.Method == AuthMethod.Ldap)
        {
            if (hub.Authentication.Ldap is not { } ldap)
            {
                yield return new(ConfigPath.Child(auth, "ldap"), "is required when method is ldap: add server, userSearchBase, bindDn and bindPassword");
            }
            else
            {
                if (!Names.IsDnsName(ldap.Server.ToLowerInvariant()))
                {
                    yield return new(ConfigPath.Child(ConfigPath.Child(auth, "ldap"), "server"), $"must be the directory's DNS name (got '{ldap.Server}')");
                }

                if (ldap.TlsStrategy == LdapTlsStrategy.OnConnect && ldap.Port == 389)
                {
                    yield return new(ConfigPath.Child(ConfigPath.Child(auth, "ldap"), "port"), "389 is plain LDAP; LDAPS (tlsStrategy on-connect) listens on 636, or use tlsStrategy before-bind for StartTLS on 389");
                }

                foreach (var (key, dn) in new[] { ("userSearchBase", ldap.UserSearchBase), ("bindDn", ldap.BindDn) })
                {
                    if (!Dn().IsMatch(dn))
                    {
                        yield return new(ConfigPath.Child(ConfigPath.Child(auth, "ldap"), key), $"must be a distinguished name such as OU=People,DC=uni-example,DC=edu (got '{dn}')");
                    }
                }

                foreach (var error in Identity.IdentityRules.GroupErrors(groups, hub.Authentication.Groups))
                {
                    yield return error;
                }
            }
        }
        else if (hub.Authentication.Method == AuthMethod.Broker)
        {
            // The broker reads the same directory: groups are AD group DNs, as for LDAP.
            foreach (var error in Identity.IdentityRules.GroupErrors(groups, hub.Authentication.Groups))
            {
                yield return error;
            }
        }
        else if (hub.Authentication.Oidc is not { } oidc)
        {
            yield return new(ConfigPath.Child(auth, "oidc"), "is required when method is oidc: add authorizeUrl, tokenUrl, userdataUrl, clientId and clientSecret");
        }
        else if (hub.Authentication.Groups is null)
        {
            yield return new(groups, "is required when method is oidc: give the provider's group claim values for students, researchers and admins");
        }
        else
        {
            foreach (var (key, url) in new[] { ("authorizeUrl", oidc.AuthorizeUrl), ("tokenUrl", oidc.TokenUrl), ("userdataUrl", oidc.UserdataUrl) })
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != "https")
                {
                    yield return new(ConfigPath.Child(ConfigPath.Child(auth, "oidc"), key), $"must be an https URL (got '{url}')");
                }
            }
        }

        var profiles = ConfigPath.Child(root, "profiles");
        var slugErrors = Names.UniqueLabels(profiles, "slug", hub.Profiles.Select(p => p.Slug).ToList(), "slugs").ToList();
        for (var i = 0; i < hub.Profiles.Count; i++)
        {
            var profile = hub.Profiles[i];
            var path = ConfigPath.Item(profiles, i);
            foreach (var error in slugErrors.Where(e => ConfigPath.IsWithin(e.Path, path)))
            {
                yield return error;
            }

            if (!Formats.IsPinnedImage(profile.Image))
            {
                yield return new(ConfigPath.Child(path, "image"), $"must be pinned by tag and digest, such as quay.io/jupyter/minimal-notebook:2025-12-31@sha256:<64 hex digits> (got '{profile.Image}')");
            }

            if (profile.CpuGuarantee <= 0 || profile.CpuGuarantee > profile.CpuLimit)
            {
                yield return new(ConfigPath.Child(path, "cpuGuarantee"), $"must be above 0 and at most cpuLimit {profile.CpuLimit} (got {profile.CpuGuarantee})");
            }

            if (profile.MemoryGuaranteeGiB <= 0 || profile.MemoryGuaranteeGiB > profile.MemoryLimitGiB)
            {
                yield return new(ConfigPath.Child(path, "memoryGuaranteeGiB"), $"must be above 0 and at most memoryLimitGiB {profile.MemoryLimitGiB} (got {profile.MemoryGuaranteeGiB})");
            }

            if (profile.Gpus < 0)
            {
                yield return new(ConfigPath.Child(path, "gpus"), $"must be 0 or more (got {profile.Gpus})");
            }
        }

        if (hub.Profiles.Count(p => p.Default) > 1)
        {
            yield return new(profiles, $"at most one profile can be the default, but {string.Join(" and ", hub.Profiles.Where(p => p.Default).Select(p => p.Slug))} are");
        }

        var storageTiers = config.Storage.Tiers.Select(t => t.Name).ToList();
        foreach (var (key, tier) in new[] { ("students", hub.Tiers.Students), ("researchers", hub.Tiers.Researchers) })
        {
            var path = ConfigPath.Child(ConfigPath.Child(root, "tiers"), key);
            if (!storageTiers.Contains(tier.StorageTier))
            {
                yield return new(ConfigPath.Child(path, "storageTier"), $"'{tier.StorageTier}' is not a storage tier; declared: {string.Join(", ", storageTiers)} (research-platform:storage.tiers)");
            }

            if (!Quantity().IsMatch(tier.Capacity))
            {
                yield return new(ConfigPath.Child(path, "capacity"), $"must be a Kubernetes quantity such as 10Gi (got '{tier.Capacity}')");
            }

            if (tier.Profiles.Count == 0)
            {
                yield return new(ConfigPath.Child(path, "profiles"), "must list at least one profile");
            }

            for (var i = 0; i < tier.Profiles.Count; i++)
            {
                if (!hub.Profiles.Any(p => p.Slug == tier.Profiles[i]))
                {
                    yield return new(ConfigPath.Item(ConfigPath.Child(path, "profiles"), i), $"'{tier.Profiles[i]}' is not a profile; declared: {string.Join(", ", hub.Profiles.Select(p => p.Slug))} ({profiles})");
                }
            }
        }

        if (hub.Culling.IdleTimeoutMinutes < 5)
        {
            yield return new(ConfigPath.Child(ConfigPath.Child(root, "culling"), "idleTimeoutMinutes"), $"must be at least 5 (got {hub.Culling.IdleTimeoutMinutes})");
        }

        if (hub.Culling.MaxAgeHours < 0)
        {
            yield return new(ConfigPath.Child(ConfigPath.Child(root, "culling"), "maxAgeHours"), $"must be 0 (never) or more (got {hub.Culling.MaxAgeHours})");
        }

        if (hub.Branding.LogoUrl is { } logo && (!Uri.TryCreate(logo, UriKind.Absolute, out var logoUri) || logoUri.Scheme != "https"))
        {
            yield return new(ConfigPath.Child(ConfigPath.Child(root, "branding"), "logoUrl"), $"must be an https URL (got '{logo}')");
        }
    }

    [GeneratedRegex(@"^[A-Za-z]+=[^,=]+(,[A-Za-z]+=[^,=]+)*\z")]
    private static partial Regex Dn();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|k|M|G|T)?\z")]
    private static partial Regex Quantity();
}
