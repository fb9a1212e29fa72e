using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Entry;

/// <summary><c>research-platform:entry.ca</c>: the intermediate CA that signs every host name's certificate.</summary>
public sealed record EntryCaConfig
{
    /// <summary>The intermediate's certificate (PEM, with any chain up to the root): secret.</summary>
    public required SecretValue Certificate { get; init; }

    /// <summary>The intermediate's private key (PEM): secret.</summary>
    public required SecretValue Key { get; init; }

    /// <summary>The university root certificate (PEM), named as the CA of every issued certificate.</summary>
    [MultiLine]
    public required string RootCertificate { get; init; }
}
