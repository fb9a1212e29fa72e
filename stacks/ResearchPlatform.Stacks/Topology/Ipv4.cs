using System.Buffers.Binary;
using System.Net;

namespace ResearchPlatform.Stacks.Topology;

/// <summary>IPv4 arithmetic for address planning.</summary>
public static class Ipv4
{
    /// <summary>The address as a number.</summary>
    public static uint ToNumber(IPAddress address) => BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes());

    /// <summary>The address of a number.</summary>
    public static IPAddress FromNumber(uint number)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, number);
        return new IPAddress(bytes);
    }

    /// <summary>The address <paramref name="offset"/> places after <paramref name="address"/>.</summary>
    public static IPAddress Add(IPAddress address, int offset) => FromNumber(unchecked(ToNumber(address) + (uint)offset));

    /// <summary>The network's broadcast address.</summary>
    public static IPAddress Broadcast(IPNetwork network) =>
        FromNumber(ToNumber(network.BaseAddress) | (network.PrefixLength == 0 ? uint.MaxValue : (1u << (32 - network.PrefixLength)) - 1));

    /// <summary>Whether an address can be given to a host of the network (not the network or broadcast address).</summary>
    public static bool IsHostAddress(IPNetwork network, IPAddress address) =>
        network.Contains(address) && !address.Equals(network.BaseAddress) && !address.Equals(Broadcast(network));

    /// <summary>Whether two networks share any address.</summary>
    public static bool Overlap(IPNetwork a, IPNetwork b) => a.Contains(b.BaseAddress) || b.Contains(a.BaseAddress);
}
