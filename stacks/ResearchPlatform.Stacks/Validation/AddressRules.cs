using System.Net;
using ResearchPlatform.Stacks.Config;
using ResearchPlatform.Stacks.Topology;

namespace ResearchPlatform.Stacks.Validation;

/// <summary>
/// Addresses across the site and cluster sections: every node address, the gateway and the API VIP
/// inside the site subnet, no two things on one address, and cluster networks clear of the site's.
/// </summary>
public sealed class AddressRules : IConfigRule
{
    public IReadOnlyList<string> Reads { get; } = ["research-platform:site.network", "research-platform:cluster"];

    public IEnumerable<ConfigError> Check(StackConfig config)
    {
        var network = config.Site.Network;
        var subnet = network.Subnet;
        var subnetPath = ConfigPath.Child(ConfigPath.Child(ConfigPath.Section("site"), "network"), "subnet");
        var networkPath = ConfigPath.Child(ConfigPath.Section("site"), "network");
        var cluster = ConfigPath.Section("cluster");
        var outside = $"the site subnet {subnet} ({subnetPath})";

        if (!Ipv4.IsHostAddress(subnet, network.Gateway))
        {
            yield return new(ConfigPath.Child(networkPath, "gateway"), $"{network.Gateway} is not a host address of {outside}");
        }

        if (network.DnsServers.Count == 0)
        {
            yield return new(ConfigPath.Child(networkPath, "dnsServers"), "must list at least one DNS server");
        }

        if (network.NtpServers.Count == 0)
        {
            yield return new(ConfigPath.Child(networkPath, "ntpServers"), "must list at least one NTP server: etcd and certificates need agreeing clocks");
        }

        var nodes = ClusterTopology.Nodes(config.Cluster);
        var ranges = nodes.GroupBy(n => n.ConfigPath).Select(g => (Path: g.Key, First: g.First().Address, Last: g.Last().Address)).ToList();
        for (var i = 0; i < ranges.Count; i++)
        {
            var (path, first, last) = ranges[i];
            var where = ConfigPath.Child(path, "firstIp");
            var one = first.Equals(last);
            var span = one ? $"the pool's address {first}" : $"the pool's addresses {first}-{last}";
            string Verb(string plural) => one ? plural + "s" : plural;
            if (!Ipv4.IsHostAddress(subnet, first) || !Ipv4.IsHostAddress(subnet, last) || Ipv4.ToNumber(last) < Ipv4.ToNumber(first))
            {
                yield return new(where, $"{span} {Verb("leave")} {outside}");
                continue;
            }

            if (Within(network.Gateway, first, last))
            {
                yield return new(where, $"{span} {Verb("include")} the gateway {network.Gateway}");
            }

            foreach (var (otherPath, otherFirst, otherLast) in ranges.Take(i))
            {
                if (Ipv4.ToNumber(first) <= Ipv4.ToNumber(otherLast) && Ipv4.ToNumber(otherFirst) <= Ipv4.ToNumber(last))
                {
                    yield return new(where, $"{span} {Verb("overlap")} those of {otherPath} ({otherFirst}-{otherLast})");
                }
            }
        }

        var vip = config.Cluster.ApiVip;
        var vipPath = ConfigPath.Child(cluster, "apiVip");
        if (!Ipv4.IsHostAddress(subnet, vip))
        {
            yield return new(vipPath, $"{vip} is outside {outside}; kube-vip can only announce an address of the node network");
        }
        else if (vip.Equals(network.Gateway))
        {
            yield return new(vipPath, $"{vip} is the gateway's address; choose a free address of the subnet");
        }
        else if (nodes.FirstOrDefault(n => n.Address.Equals(vip)) is { } taken)
        {
            yield return new(vipPath, $"{vip} is the address of node {taken.Name}; the VIP must be an address no node has");
        }

        foreach (var (key, net) in new[] { ("podSubnet", config.Cluster.PodSubnet), ("serviceSubnet", config.Cluster.ServiceSubnet) })
        {
            if (Ipv4.Overlap(net, subnet))
            {
                yield return new(ConfigPath.Child(cluster, key), $"{net} overlaps {outside}");
            }
        }

        if (Ipv4.Overlap(config.Cluster.PodSubnet, config.Cluster.ServiceSubnet))
        {
            yield return new(ConfigPath.Child(cluster, "serviceSubnet"), $"{config.Cluster.ServiceSubnet} overlaps the pod subnet {config.Cluster.PodSubnet}");
        }
    }

    private static bool Within(IPAddress address, IPAddress first, IPAddress last) =>
        Ipv4.ToNumber(first) <= Ipv4.ToNumber(address) && Ipv4.ToNumber(address) <= Ipv4.ToNumber(last);
}
