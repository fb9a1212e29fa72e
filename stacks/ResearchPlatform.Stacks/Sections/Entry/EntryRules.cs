using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Topology;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Entry;

/// <summary>
/// The entry point's domain and address, the host name of every section under that domain and
/// unique, and the root certificate.
/// </summary>
public sealed class EntryRules : IConfigRule
{
    // Computed when read: the rule is built while the section list itself is.
    public IReadOnlyList<string> Reads => ["research-platform:entry", "research-platform:site", "research-platform:cluster", .. PlatformSections.All.OfType<IHostnames>().Select(s => ConfigPath.Section(((IPlatformSection)s).Key))];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var path = ConfigPath.Section("entry");
        var entry = config.Entry;
        var domainValid = Names.IsDnsName(entry.Domain) && entry.Domain.Contains('.', StringComparison.Ordinal);
        if (!domainValid)
        {
            yield return new(ConfigPath.Child(path, "domain"), $"must be the platform's DNS domain, such as dsp.uni-example.edu (got '{entry.Domain}')");
        }

        if (FreeAddressProblem(config, config.Entry.Address, "the entry address is announced on the node network") is { } problem)
        {
            yield return new(ConfigPath.Child(path, "address"), problem);
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (hostPath, hostname) in PlatformSections.All.OfType<IHostnames>().SelectMany(s => s.Hostnames(config)))
        {
            // A malformed host name is its own section's error; here only where a valid one lies.
            if (domainValid && Names.IsDnsName(hostname) && !(hostname.EndsWith("." + entry.Domain, StringComparison.Ordinal) && Names.IsDnsLabel(hostname[..^(entry.Domain.Length + 1)])))
            {
                yield return new(hostPath, $"must be one label under the platform domain {entry.Domain}, such as hub.{entry.Domain}, for the entry point's certificate to cover it (got '{hostname}')");
            }

            if (seen.TryGetValue(hostname, out var other))
            {
                yield return new(hostPath, $"'{hostname}' is already the host name of {other}; each tool needs its own");
            }
            else
            {
                seen[hostname] = hostPath;
            }
        }

        if (CaCertificates.Problem(entry.Ca.RootCertificate, "give the university's root CA") is { } root)
        {
            yield return new(ConfigPath.Child(ConfigPath.Child(path, "ca"), "rootCertificate"), root);
        }
    }

    /// <summary>
    /// Why <paramref name="address"/> cannot be announced on the node network (outside the subnet, or
    /// the gateway's, the API VIP's or a node's), or null; <paramref name="why"/> ends the subnet error.
    /// </summary>
    public static string? FreeAddressProblem(StackConfig config, System.Net.IPAddress address, string why)
    {
        var subnet = config.Site.Network.Subnet;
        if (!Ipv4.IsHostAddress(subnet, address))
        {
            return $"{address} is not a host address of the site subnet {subnet} (research-platform:site.network.subnet): {why}";
        }

        if (address.Equals(config.Site.Network.Gateway))
        {
            return $"{address} is the gateway's address; choose a free address of the subnet";
        }

        if (address.Equals(config.Cluster.ApiVip))
        {
            return $"{address} is the API VIP (research-platform:cluster.apiVip); choose another free address";
        }

        var node = ClusterTopology.Nodes(config.Cluster).FirstOrDefault(n => n.Address.Equals(address));
        return node is null ? null : $"{address} is the address of node {node.Name}; choose a free address of the subnet";
    }

}
