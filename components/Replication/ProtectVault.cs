using ResearchPlatform.Components.Plan.Values;

namespace ResearchPlatform.Components.Replication;

/// <summary>
/// An AppVault: the bucket of a site's ONTAP S3 where Trident Protect keeps an application's
/// snapshots' metadata. Each site writes its own; a mirroring site also reads its source's.
/// </summary>
public sealed record ProtectVault
{
    /// <summary>The AppVault's name, the site's (<c>vault-north</c>): the same object at both sites.</summary>
    public required string Name { get; init; }

    /// <summary>The S3 endpoint as host and optional port, which is how AppVault takes it (<c>s3.dc-north.uni-example.edu</c>).</summary>
    public required string Endpoint { get; init; }

    public required string Bucket { get; init; }

    /// <summary>The CA that signed the endpoint's certificate (PEM).</summary>
    public required string CaCertificate { get; init; }

    /// <summary>The access key id: a secret reference.</summary>
    public required PlanValue AccessKeyId { get; init; }

    /// <summary>The secret access key: a secret reference.</summary>
    public required PlanValue SecretAccessKey { get; init; }

    /// <summary>The Secret in Trident Protect's namespace that holds the keys.</summary>
    public string SecretName => $"{Name}-credentials";
}
