using System.Net;

namespace ResearchPlatform.Stacks.Config;

/// <summary><c>research-platform:storage.svms[i]</c>: an ONTAP storage VM.</summary>
public sealed record StorageSvmConfig
{
    /// <summary>A short name, a DNS label; tiers refer to it and Trident backends are named after it.</summary>
    public required string Name { get; init; }

    /// <summary>The SVM's name in ONTAP.</summary>
    public required string Svm { get; init; }

    /// <summary>The management LIF Trident talks to (HTTPS).</summary>
    public required IPAddress ManagementLif { get; init; }

    /// <summary>The data LIF nodes mount NFS exports from.</summary>
    public required IPAddress DataLif { get; init; }

    /// <summary>The SVM-scoped ONTAP user for Trident (<c>vsadmin</c> or a dedicated role).</summary>
    public required string Username { get; init; }

    /// <summary>That user's password (secret).</summary>
    public required SecretValue Password { get; init; }
}
