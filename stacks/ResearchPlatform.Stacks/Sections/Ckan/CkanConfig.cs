using ResearchPlatform.Stacks.Config;

namespace ResearchPlatform.Stacks.Sections.Ckan;

/// <summary><c>research-platform:ckan</c>: CKAN, its search index and the keys of its sessions and API tokens.</summary>
public sealed record CkanConfig
{
    /// <summary>The catalog's host name, one label under the platform domain (<c>data.dsp.uni-example.edu</c>).</summary>
    public required string Hostname { get; init; }

    /// <summary>The platform's CKAN image (built from <c>images/ckan/</c>), pinned by tag and digest.</summary>
    public required string Image { get; init; }

    /// <summary>What the catalog calls itself. Default: <c>Research data catalog</c>.</summary>
    public string SiteTitle { get; init; } = "Research data catalog";

    /// <summary>The storage tier of Solr's index: a tier of <c>storage.tiers</c>.</summary>
    public required string SearchTier { get; init; }

    /// <summary>The size of Solr's index volume. Default: 20Gi.</summary>
    public string SearchSize { get; init; } = "20Gi";

    /// <summary>The key that signs API tokens; the same in both stacks.</summary>
    public SecretValue? ApiTokenSecret { get; init; }

    /// <summary>The key that signs session cookies; the same in both stacks.</summary>
    public SecretValue? SessionSecret { get; init; }

    /// <summary>The key that signs CSRF tokens; the same in both stacks.</summary>
    public SecretValue? CsrfSecret { get; init; }
}
