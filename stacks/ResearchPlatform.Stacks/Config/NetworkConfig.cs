using System.Net;

namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:site.network</c>: the port group's IPv4 subnet and its services.</summary>
public sealed record NetworkConfig
{
    /// <summary>The subnet every node address and the API VIP must lie in (<c>10.20.4.0/24</c>).</summary>
    public required IPNetwork Subnet { get; init; }

    /// <summary>The default gateway, inside the subnet.</summary>
    public required IPAddress Gateway { get; init; }

    /// <summary>DNS resolvers, at least one.</summary>
    public required IReadOnlyList<IPAddress> DnsServers { get; init; }

    /// <summary>DNS search domains. Default: none.</summary>
    public IReadOnlyList<string> SearchDomains { get; init; } = [];

    /// <summary>NTP servers, at least one: kubeadm certificates and etcd need agreeing clocks.</summary>
    public required IReadOnlyList<string> NtpServers { get; init; }
}
