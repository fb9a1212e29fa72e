namespace ResearchPlatform.Stacks.Config;

/// <summary>Another site of the same platform: its stack, its stack file, and the role it states.</summary>
public sealed record SitePeer(string Stack, string Source, SiteRole Role)
{
    /// <summary>The site's name (its <c>research-platform:site.name</c>), or null where it states none.</summary>
    public string? Site { get; init; }

    /// <summary>The plain values of the site's own <c>research-platform:replication.vault</c> (endpoint, network, bucket), by key.</summary>
    public IReadOnlyDictionary<string, string> Vault { get; init; } = new Dictionary<string, string>();

    /// <summary>The ONTAP names of the site's SVMs (<c>research-platform:storage.svms[].svm</c>).</summary>
    public IReadOnlyList<string> Svms { get; init; } = [];
}
