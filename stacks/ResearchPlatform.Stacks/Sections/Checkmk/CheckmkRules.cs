using System.Net;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Sections.Entry;
using ResearchPlatform.Stacks.Validation;

namespace ResearchPlatform.Stacks.Sections.Checkmk;

/// <summary>The collector's address is free on the node network; the Checkmk server's is one host that can reach it.</summary>
public sealed class CheckmkRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:checkmk", "research-platform:site", "research-platform:cluster", "research-platform:entry"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        if (config.Checkmk is not { } checkmk)
        {
            yield break;
        }

        var root = ConfigPath.Section("checkmk");
        var collector = checkmk.CollectorAddress;
        if (EntryRules.FreeAddressProblem(config, collector, "kube-vip announces the collector on the node network") is { } problem)
        {
            yield return new(ConfigPath.Child(root, "collectorAddress"), problem);
        }
        else if (collector.Equals(config.Entry.Address))
        {
            yield return new(ConfigPath.Child(root, "collectorAddress"), $"{collector} is the entry address (research-platform:entry.address); the collector needs an address of its own");
        }

        var server = checkmk.Server;
        if (server.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork || server.Equals(IPAddress.Any) || server.Equals(IPAddress.Broadcast) || IPAddress.IsLoopback(server) || server.GetAddressBytes()[0] >= 224)
        {
            yield return new(ConfigPath.Child(root, "server"), $"must be the IPv4 address of the site's Checkmk server, such as 10.40.5.20 (got {server}): it is the only address the collector lets in");
        }
        else if (config.Cluster.PodSubnet.Contains(server) || config.Cluster.ServiceSubnet.Contains(server))
        {
            yield return new(ConfigPath.Child(root, "server"), $"{server} lies in the cluster's pod or service network; give the Checkmk server's address on the data center network");
        }
        else if (server.Equals(collector))
        {
            yield return new(ConfigPath.Child(root, "server"), $"{server} is the collector's own address; give the Checkmk server's");
        }
    }
}
