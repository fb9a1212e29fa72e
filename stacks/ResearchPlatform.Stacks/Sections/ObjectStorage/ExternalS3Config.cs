using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.ObjectStorage;

/// <summary><c>research-platform:objectStorage.external</c>: the site's S3 store (NetApp ONTAP S3).</summary>
public sealed record ExternalS3Config
{
    /// <summary>The S3 endpoint, an https URL.</summary>
    public required string Endpoint { get; init; }

    /// <summary>The endpoint's network (CIDR): clients may reach it on the endpoint's port, nothing else there.</summary>
    public required IPNetwork Network { get; init; }

    /// <summary>The CA that signed the endpoint's certificate (PEM).</summary>
    [MultiLine]
    public required string CaCertificate { get; init; }

    /// <summary>
    /// One key pair per platform identity (<c>notebooks-researcher</c>, <c>notebooks-student</c> and one
    /// per tool with buckets), each created on the store with access to exactly its buckets.
    /// </summary>
    public IReadOnlyDictionary<string, S3KeysConfig> Keys { get; init; } = new Dictionary<string, S3KeysConfig>();
}
