using ResearchPlatform.Components.Plan;

namespace ResearchPlatform.Components.ObjectStorage;

/// <summary>The platform's S3 store as its clients use it.</summary>
/// <param name="Endpoint">The https URL clients send requests to.</param>
/// <param name="CaCertificate">The CA (PEM) that verifies the endpoint.</param>
/// <param name="Buckets">The buckets it holds.</param>
/// <param name="Keys">Each identity's key pair, by identity name.</param>
/// <param name="Ready">The in-cluster server, which clients wait for; null for the site's external store.</param>
public sealed record ObjectStorageHandle(string Endpoint, string CaCertificate, IReadOnlyList<S3Bucket> Buckets, IReadOnlyDictionary<string, S3KeyPair> Keys, PlanResource? Ready)
{
    /// <summary>The key pair of identity <paramref name="identity"/>.</summary>
    /// <exception cref="ArgumentException">The store has no such identity.</exception>
    public S3KeyPair KeysOf(string identity) => Keys.TryGetValue(identity, out var keys)
        ? keys
        : throw new ArgumentException($"the object storage has no identity '{identity}': declare it with the section's buckets", nameof(identity));

    /// <summary>Bucket <paramref name="name"/>, which <paramref name="user"/> (<c>CKAN at data.example.org</c>) stores in.</summary>
    /// <exception cref="ArgumentException">The store has no such bucket.</exception>
    public S3Bucket Bucket(string name, string user) => Buckets.FirstOrDefault(b => b.Name == name)
        ?? throw new ArgumentException($"{user}: the object storage has no bucket '{name}'; declare it with the section's buckets", nameof(name));
}
