using System.Net;
using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Replication;

/// <summary>A site's Trident Protect vault: a bucket of its ONTAP S3, outside the cluster it protects.</summary>
public sealed record ReplicationVaultConfig
{
    /// <summary>The S3 endpoint, an https URL (<c>https://s3.dc-north.uni-example.edu</c>).</summary>
    public required string Endpoint { get; init; }

    /// <summary>The endpoint's network (CIDR): Trident Protect may reach it on the endpoint's port, nothing else.</summary>
    public required IPNetwork Network { get; init; }

    /// <summary>The bucket (<c>dsp-protect-north</c>).</summary>
    public required string Bucket { get; init; }

    public required SecretValue AccessKeyId { get; init; }

    public required SecretValue SecretAccessKey { get; init; }
}
