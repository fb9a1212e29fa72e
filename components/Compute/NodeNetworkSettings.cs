namespace ResearchPlatform.Components.Compute;

/// <summary>The node network as cloud-init configures it on every node.</summary>
public sealed record NodeNetworkSettings
{
    /// <summary>The subnet's prefix length (24 for a /24).</summary>
    public required int PrefixLength { get; init; }

    public required string Gateway { get; init; }

    public required IReadOnlyList<string> DnsServers { get; init; }

    public IReadOnlyList<string> SearchDomains { get; init; } = [];

    public required IReadOnlyList<string> NtpServers { get; init; }

    /// <summary>The guest's NIC name; the VMXNET3 NIC of an Ubuntu cloud image is <c>ens192</c>.</summary>
    public string Interface { get; init; } = "ens192";
}
